import { describe, expect, it } from 'vitest'
import { computeFigures, topIdeas } from './stats'

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

describe('topIdeas', () => {
  const idea = (title: string, applications: number) => ({ title, applications })

  it('names the ideas with the most applications, most first and ties by title, and sums the rest', () => {
    const ideas = [idea('C', 2), idea('A', 9), idea('E', 0), idea('B', 2), idea('D', 1)]
    expect(topIdeas(ideas, 3)).toEqual({ top: [idea('A', 9), idea('B', 2), idea('C', 2)], others: { ideas: 2, applications: 1 } })
  })

  it('names ideas without applications too while they fit, after the others (a small season’s table shows every idea)', () => {
    expect(topIdeas([idea('B', 0), idea('A', 3), idea('C', 0)], 20)).toEqual({ top: [idea('A', 3), idea('B', 0), idea('C', 0)], others: { ideas: 0, applications: 0 } })
    expect(topIdeas([idea('B', 0), idea('A', 3), idea('C', 0)], 2).others).toEqual({ ideas: 1, applications: 0 })
  })

  it('leaves nothing over when every idea fits', () => {
    expect(topIdeas([idea('A', 1), idea('B', 1)], 20).others).toEqual({ ideas: 0, applications: 0 })
    expect(topIdeas([], 20)).toEqual({ top: [], others: { ideas: 0, applications: 0 } })
  })

  it('keeps the total: the named ideas and the others add up to every application', () => {
    const ideas = Array.from({ length: 400 }, (_, i) => idea(`Idea ${i}`, i % 7))
    const { top, others } = topIdeas(ideas, 20)
    expect(top).toHaveLength(20)
    expect(top.reduce((sum, i) => sum + i.applications, 0) + others.applications).toBe(ideas.reduce((sum, i) => sum + i.applications, 0))
    expect(top.length + others.ideas).toBe(400)
  })
})
