// The decision letters' templates (pure): merge fields written {{name}}, the default wording used while a season
// has none of its own, the check that refuses an unknown field, and the rendering of one letter.
// A tiny fixed-vocabulary substitution, not a template language (no loops, no conditions, nothing to escape
// into): a full engine such as Handlebars would accept far more than admins should type into a letter.

export type LetterKind = 'ACCEPTED' | 'NOT_SELECTED'

export const LETTER_KIND_LABEL: Record<LetterKind, string> = {
  ACCEPTED: 'Accepted',
  NOT_SELECTED: 'Not selected',
}

/** Every merge field, what it stands for, and which letters may use it. */
export const MERGE_FIELDS = {
  student_name: { label: 'the student’s name', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  proposal_title: { label: 'the proposal’s title (all of them, for a student with several)', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  idea: { label: 'the idea the proposal is for', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  mentors: { label: 'the mentors’ names (the primary and backup mentor; for “not selected”, the idea’s mentors)', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  applications: { label: 'how many applications the season received', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  season: { label: 'the season’s title', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  organization: { label: 'the organization’s name', kinds: ['ACCEPTED', 'NOT_SELECTED'] },
  shared_comments: { label: 'the comments mentors chose to share with the student', kinds: ['NOT_SELECTED'] },
} as const satisfies Record<string, { label: string; kinds: readonly LetterKind[] }>

export type MergeField = keyof typeof MERGE_FIELDS
export type MergeValues = Partial<Record<MergeField, string>>

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g

export const DEFAULT_TEMPLATES: Record<LetterKind, { subject: string; body: string }> = {
  ACCEPTED: {
    subject: '{{season}}: your proposal was accepted',
    body: `Dear {{student_name}},

Congratulations: your proposal “{{proposal_title}}” ({{idea}}) is one of the projects {{organization}} takes on this season. It stood out among {{applications}} applications.

{{mentors}} will mentor you and will write to you in the next few days to plan the community bonding period; do reply, and say hello on the project's mailing list.

Welcome aboard, and have a good summer of code.

The {{organization}} admins`,
  },
  NOT_SELECTED: {
    subject: '{{season}}: about your proposal',
    body: `Dear {{student_name}},

Thank you for applying to {{organization}} with “{{proposal_title}}” ({{idea}}). We received {{applications}} applications and could take only a few of them, so we have to tell you that your proposal was not selected this time.

What the mentors wanted to share with you:

{{shared_comments}}

We would be glad to see you around the project and to read a proposal from you next year.

The {{organization}} admins`,
  },
}

/**
 * The problems of a template text for a letter kind: each unknown field, and each field that letter cannot fill.
 * Empty when the text is fine.
 */
export function checkTemplate(text: string, kind: LetterKind): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const match of text.matchAll(FIELD)) {
    const name = match[1]!
    if (seen.has(name)) continue
    seen.add(name)
    const field = (MERGE_FIELDS as Record<string, { kinds: readonly LetterKind[] }>)[name]
    if (!field) problems.push(`Unknown merge field {{${name}}}. Use one of: ${fieldsFor(kind).map((f) => `{{${f}}}`).join(', ')}.`)
    else if (!field.kinds.includes(kind)) problems.push(`{{${name}}} can only be used in the “${LETTER_KIND_LABEL.NOT_SELECTED.toLowerCase()}” letter.`)
  }
  // Stray braces are usually a typo of a field: refuse them rather than mail them.
  const rest = text.replace(FIELD, '')
  if (rest.includes('{{') || rest.includes('}}')) problems.push('Unmatched {{ or }}: write a merge field as {{name}}.')
  return problems
}

export function fieldsFor(kind: LetterKind): MergeField[] {
  return (Object.keys(MERGE_FIELDS) as MergeField[]).filter((name) => (MERGE_FIELDS[name].kinds as readonly LetterKind[]).includes(kind))
}

/** Fills a checked template; a field without a value reads as empty. */
export function fillTemplate(text: string, values: MergeValues): string {
  return text.replace(FIELD, (_whole, name: string) => values[name as MergeField] ?? '')
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  const unique = [...new Set(names.filter(Boolean))]
  if (unique.length <= 1) return unique[0] ?? ''
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`
}

/** The shared comments as the letter quotes them: each as an indented block, or a line saying there are none. */
export function formatSharedComments(comments: { proposalTitle: string; body: string }[], severalProposals: boolean): string {
  if (comments.length === 0) return '(No mentor left a comment to share.)'
  return comments
    .map((c) => {
      const quoted = c.body
        .trim()
        .split('\n')
        .map((line) => `  > ${line}`)
        .join('\n')
      return severalProposals ? `On “${c.proposalTitle}”:\n${quoted}` : quoted
    })
    .join('\n\n')
}

/** The letter mentors get: their students and co-mentors (no template: it is a notice among the team). */
export function renderMentorNotice(input: {
  mentorName: string
  season: string
  organization: string
  projects: { title: string; student: string; studentEmail: string; role: 'primary' | 'backup'; coMentors: string[] }[]
}): { subject: string; body: string } {
  const lines = input.projects.map((p) => {
    const co = p.coMentors.length ? `, with ${listNames(p.coMentors)}` : ', on your own for now'
    return `- “${p.title}” by ${p.student} <${p.studentEmail}>: you are the ${p.role} mentor${co}.`
  })
  return {
    subject: `${input.season}: your student${input.projects.length === 1 ? '' : 's'}`,
    body: `Dear ${input.mentorName},

The accepted students of ${input.season} are being told today. You mentor:

${lines.join('\n')}

Please write to your student in the next few days to plan the community bonding period.

The ${input.organization} admins`,
  }
}
