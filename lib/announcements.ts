// Pure logic for announcements: when one is public, and the Markdown of the accepted-students post.
// No I/O here; the seed and (later) the publish action both build the post with renderAcceptedStudentsPost.

export type AcceptedProjectLine = { title: string; student: string; abstract: string }

/** An announcement is public once it has a publish time and the clock has passed it. */
export function isPublished(publishAt: Date | null, now: Date): boolean {
  return publishAt !== null && publishAt.getTime() <= now.getTime()
}

/** The accepted-students post: an intro, then each project's title, student and abstract, then an outro. */
export function renderAcceptedStudentsPost(input: {
  intro: string
  projects: AcceptedProjectLine[]
  outro: string
}): string {
  const projects = [...input.projects]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((p) => `### ${p.title}\n\n**Student:** ${p.student}\n\n${p.abstract.trim()}`)
  return [input.intro.trim(), ...projects, input.outro.trim()].join('\n\n') + '\n'
}
