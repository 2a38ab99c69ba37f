// The public figures of a season, computed from rows (pure; lib/stats/queries.ts feeds it).
export type IdeaApplications = { slug: string; title: string; applications: number }

export type SeasonFigures = {
  applications: number
  ideasListed: number
  ideasThatReceivedApplications: number
  mostApplicationsForOneIdea: number
  mentors: number
  /** null until the season's decisions are public (lib/decisions.ts): the count would give them away. */
  acceptedStudents: number | null
  /** Accepted students per application, in percent (one decimal); null with acceptedStudents, or with no applications. */
  acceptanceRate: number | null
}

/** Accepted per application in percent, to one decimal: 6 of 30 → 20. */
export function acceptanceRate(accepted: number | null, applications: number): number | null {
  if (accepted === null || applications === 0) return null
  return Math.round((accepted / applications) * 1000) / 10
}

export function computeFigures(input: {
  ideas: IdeaApplications[]
  /** Applications not tied to an idea (own topics) count as applications but not toward any idea. */
  ownTopicApplications: number
  mentors: number
  acceptedStudents: number | null
}): SeasonFigures {
  const perIdea = input.ideas.map((i) => i.applications)
  const applications = perIdea.reduce((sum, n) => sum + n, 0) + input.ownTopicApplications
  return {
    applications,
    ideasListed: input.ideas.length,
    ideasThatReceivedApplications: perIdea.filter((n) => n > 0).length,
    mostApplicationsForOneIdea: perIdea.length ? Math.max(...perIdea) : 0,
    mentors: input.mentors,
    acceptedStudents: input.acceptedStudents,
    acceptanceRate: acceptanceRate(input.acceptedStudents, applications),
  }
}

/** How many ideas the figures page shows by name (chart and table); the rest are summed in one line. */
export const TOP_IDEAS = 20

export type TopIdeas<T> = {
  /** The ideas with the most applications, most first (ties by title); ideas without any too while they fit. */
  top: T[]
  /** The other ideas listed, and the applications they drew together. */
  others: { ideas: number; applications: number }
}

/**
 * The `n` ideas with the most applications and a sum of the rest: a season of 400 ideas shows twenty by name, not a
 * 400-row table (1 MB of HTML); the whole list is the figures page's CSV.
 */
export function topIdeas<T extends { title: string; applications: number }>(ideas: T[], n: number = TOP_IDEAS): TopIdeas<T> {
  const sorted = [...ideas].sort((a, b) => b.applications - a.applications || a.title.localeCompare(b.title))
  const top = sorted.slice(0, n)
  const rest = sorted.slice(n)
  return { top, others: { ideas: rest.length, applications: rest.reduce((sum, idea) => sum + idea.applications, 0) } }
}
