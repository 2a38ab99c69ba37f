// zod schemas shared by the idea forms and the idea server actions (lib/ideas/actions.ts), with the limits the
// forms show as hints. Form values arrive as strings; numbers are coerced and lists are split here.
import { z } from 'zod'
import { markdownField } from '@/lib/markdown-schema'
import { RESERVED_SLUGS, SLUG_MAX, SLUG_PATTERN } from './slug'

export const IDEA_LIMITS = {
  title: 120,
  summary: 200,
  description: 20_000,
  skills: 10,
  skill: 40,
  hours: { min: 50, max: 600 },
  capacity: { min: 1, max: 10 },
  mentors: 20,
} as const

export const IDEA_STATUSES = ['DRAFT', 'PROPOSED', 'PUBLISHED', 'ARCHIVED'] as const
export type IdeaStatusValue = (typeof IDEA_STATUSES)[number]
export const DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const

/** A missing form field reads as an empty one, so it gets the field's own message rather than zod's. */
const text = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? '', schema)

const id = z.string().min(1).max(64)

/** "C, Python,  c , OCaml" → ["C", "Python", "OCaml"]: trimmed, blanks dropped, duplicates (any case) once. */
export function splitSkills(value: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of value.split(',')) {
    const skill = raw.trim().replace(/\s+/g, ' ')
    if (!skill || seen.has(skill.toLowerCase())) continue
    seen.add(skill.toLowerCase())
    out.push(skill)
  }
  return out
}

const wholeNumber = (label: string, { min, max }: { min: number; max: number }, unit = '') =>
  z.coerce
    .number({ error: `Enter ${label} as a number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be at least ${min}${unit}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be at most ${max}${unit}.`)

/** The fields of an idea that both admins and proposing mentors fill in. */
const IdeaFields = z.object({
  seasonId: id,
  title: text(
    z
      .string()
      .trim()
      .min(1, 'Enter a title.')
      .max(IDEA_LIMITS.title, `The title is too long: at most ${IDEA_LIMITS.title} characters.`),
  ),
  summary: text(
    z
      .string()
      .trim()
      .min(1, 'Enter a one-line summary.')
      .max(IDEA_LIMITS.summary, `The summary is too long: at most ${IDEA_LIMITS.summary} characters.`)
      .refine((value) => !/<\/?[a-z][^>]*>/i.test(value), 'The summary is plain text: remove the HTML tags.')
      .transform((value) => value.replace(/\s+/g, ' ')),
  ),
  description: text(markdownField(IDEA_LIMITS.description, 'The description')),
  skills: text(
    z
      .string()
      .max(2_000, 'The list of skills is too long.')
      .superRefine((value, ctx) => {
        const skills = splitSkills(value)
        if (skills.length > IDEA_LIMITS.skills) {
          ctx.addIssue({ code: 'custom', message: `List at most ${IDEA_LIMITS.skills} skills (you listed ${skills.length}).` })
        }
        const long = skills.find((skill) => skill.length > IDEA_LIMITS.skill)
        if (long) ctx.addIssue({ code: 'custom', message: `“${long.slice(0, 20)}…” is too long for a skill: at most ${IDEA_LIMITS.skill} characters each.` })
      })
      .transform(splitSkills),
  ),
  difficulty: z.enum(DIFFICULTIES, { error: 'Choose a difficulty.' }),
  expectedHours: wholeNumber('the expected hours', IDEA_LIMITS.hours, ' hours'),
  capacity: wholeNumber('the number of students', IDEA_LIMITS.capacity),
  mentorIds: z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(IDEA_LIMITS.mentors, 'Too many mentors.'))
    .transform((ids) => [...new Set(ids)]),
})

/** Empty means "derive it from the title". */
const slug = z
  .string()
  .trim()
  .max(SLUG_MAX, `The slug is too long: at most ${SLUG_MAX} characters.`)
  .refine((value) => value === '' || SLUG_PATTERN.test(value), 'Use lower-case letters, digits and single hyphens only, e.g. pv-usb-backend.')
  .refine((value) => !RESERVED_SLUGS.has(value), 'This slug names the pages of the ideas list: choose another one.')
  .optional()
  .transform((value) => value || undefined)

/** The updatedAt the form was opened with; a save based on an older version is refused (someone else saved). */
const version = z.string().max(40).optional()

export const CreateIdea = IdeaFields.extend({ slug })
export const UpdateIdea = IdeaFields.extend({ ideaId: id, slug, version })
export const ProposeIdea = IdeaFields
export const UpdateProposedIdea = IdeaFields.extend({ ideaId: id, version })
export const IdeaRef = z.object({ seasonId: id, ideaId: id })

export type IdeaInput = z.infer<typeof IdeaFields>

/** The admin list's status filter from the query string; anything malformed means "all". */
export const IdeaStatusFilter = z.enum(IDEA_STATUSES).optional().catch(undefined)
