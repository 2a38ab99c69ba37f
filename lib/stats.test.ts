import { describe, expect, it } from 'vitest'
import { computeFigures } from './stats'

describe('computeFigures', () => {
  it('counts applications, ideas with applications and the busiest idea', () => {
    const figures = computeFigures({
      ideas: [
        { slug: 'a', title: 'A', applications: 5 },
        { slug: 'b', title: 'B', applications: 0 },
        { slug: 'c', title: 'C', applications: 2 },
      ],
      ownTopicApplications: 1,
      mentors: 4,
      acceptedStudents: 2,
    })
    expect(figures).toEqual({
      applications: 8,
      ideasListed: 3,
      ideasThatReceivedApplications: 2,
      mostApplicationsForOneIdea: 5,
      mentors: 4,
      acceptedStudents: 2,
    })
  })

  it('is all zeros for an empty season', () => {
    expect(computeFigures({ ideas: [], ownTopicApplications: 0, mentors: 0, acceptedStudents: 0 }).mostApplicationsForOneIdea).toBe(0)
  })
})
