// Pure logic for announcements: when one is public, and the Markdown of the accepted-students post.
// No I/O here; the seed and (later) the publish action both build the post with renderAcceptedStudentsPost.

/** mentors: the primary mentor first, then the backup (left out of the post when empty, as in the 2011 seed). */
export type AcceptedProjectLine = { title: string; student: string; abstract: string; mentors?: string[] }

/** An announcement is public once it has a publish time and the clock has passed it. */
export function isPublished(publishAt: Date | null, now: Date): boolean {
  return publishAt !== null && publishAt.getTime() <= now.getTime()
}

/** The accepted-students post: an intro, then each project's title, student, mentors and abstract, then an outro. */
export function renderAcceptedStudentsPost(input: {
  intro: string
  projects: AcceptedProjectLine[]
  outro: string
}): string {
  const projects = [...input.projects]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((p) => {
      const mentors = (p.mentors ?? []).filter(Boolean)
      const mentorLine = mentors.length ? `\n\n**Mentor${mentors.length === 1 ? '' : 's'}:** ${mentors.join(', ')}` : ''
      return `### ${p.title}\n\n**Student:** ${p.student}${mentorLine}\n\n${p.abstract.trim()}`
    })
  return [input.intro.trim(), ...projects, input.outro.trim()].join('\n\n') + '\n'
}

/**
 * The accepted-students post's permalink: the program's initials, the season and "accepted-students", e.g.
 * "gsoc-2011-accepted-students" for Google Summer of Code 2011 (the demo's 2011 post has this address).
 */
export function acceptedPostSlug(program: string, seasonSlug: string): string {
  const initials = program
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toLowerCase())
    .join('')
  const season = seasonSlug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  return [initials || 'season', season, 'accepted-students'].filter(Boolean).join('-')
}
