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
      acceptanceRate: 25,
    })
  })

  it('gives the acceptance rate only with the accepted count, and none without applications', () => {
    const ideas = [{ slug: 'a', title: 'A', applications: 30 }]
    expect(computeFigures({ ideas, ownTopicApplications: 0, mentors: 1, acceptedStudents: 6 }).acceptanceRate).toBe(20)
    expect(computeFigures({ ideas, ownTopicApplications: 0, mentors: 1, acceptedStudents: null }).acceptanceRate).toBeNull()
    expect(computeFigures({ ideas: [], ownTopicApplications: 3, mentors: 1, acceptedStudents: 1 }).acceptanceRate).toBe(33.3)
    expect(computeFigures({ ideas: [], ownTopicApplications: 0, mentors: 1, acceptedStudents: 0 }).acceptanceRate).toBeNull()
  })

  it('is all zeros for an empty season', () => {
    expect(computeFigures({ ideas: [], ownTopicApplications: 0, mentors: 0, acceptedStudents: 0 }).mostApplicationsForOneIdea).toBe(0)
  })
})
