// The review forms: a review (rubric, overall, willing to mentor), a comment, a conflict. Shared by the forms
// and the actions; the rubric's ranges come from the season's criteria, checked in the action.
import { z } from 'zod'
import { markdownField } from '@/lib/markdown-schema'

export const LIMITS = { comment: 5000, note: 500 } as const

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '')
const id = (message: string) => z.preprocess(text, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message))

const SCORE_MESSAGE = 'Choose a score from 1 to 5.'
/** A whole score as the form sends it; the range is the criterion's (overall: 1–5). */
const score = z.preprocess((value) => {
  const raw = text(value).trim()
  if (raw === '') return undefined
  return /^-?\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN
}, z.number({ error: SCORE_MESSAGE }).int(SCORE_MESSAGE))

export const OVERALL_RANGE = { min: 1, max: 5 } as const

export const SaveReview = z.object({
  proposalId: id('This proposal does not exist.'),
  overall: score.refine((v) => v >= OVERALL_RANGE.min && v <= OVERALL_RANGE.max, SCORE_MESSAGE),
  willingToMentor: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  // criterion id → score; the action checks every criterion of the season is there and in its range
  scores: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), score).refine((r) => Object.keys(r).length <= 20, 'Too many criteria.'),
})

/** FormData to SaveReview's input: the rubric arrives as `score.<criterionId>` fields. */
export function readReviewForm(form: FormData) {
  const scores: Record<string, FormDataEntryValue> = {}
  for (const [key, value] of form.entries()) if (key.startsWith('score.')) scores[key.slice('score.'.length)] = value
  return SaveReview.safeParse({ proposalId: form.get('proposalId'), overall: form.get('overall'), willingToMentor: form.get('willingToMentor'), scores })
}

export const WithdrawReview = z.object({ proposalId: id('This proposal does not exist.') })

export const AddComment = z.object({
  proposalId: id('This proposal does not exist.'),
  body: z.preprocess((v) => text(v).trim(), markdownField(LIMITS.comment, 'The comment').pipe(z.string().min(1, 'Write the comment first.'))),
  visibility: z.enum(['MENTORS', 'SHARED'], { error: 'Choose who may read the comment.' }),
})

const note = z.preprocess((v) => text(v).trim(), z.string().max(LIMITS.note, `The note is too long: at most ${LIMITS.note} characters.`))

export const DeclareConflict = z.object({
  proposalId: id('This proposal does not exist.'),
  note: note.pipe(z.string().min(1, 'Say in a few words what the conflict is (e.g. “my student at university”).')),
})

export const RecordConflict = z
  .object({
    seasonId: id('There is no such season.'),
    mentorId: id('Choose a mentor.'),
    proposalId: z.preprocess((v) => (v === '' || v == null ? undefined : v), id('Choose a proposal.').optional()),
    studentId: z.preprocess((v) => (v === '' || v == null ? undefined : v), id('Choose a student.').optional()),
    note,
  })
  .refine((v) => Boolean(v.proposalId) !== Boolean(v.studentId), { message: 'Choose either one proposal or one student.', path: ['proposalId'] })

export const RemoveConflict = z.object({ conflictId: id('There is no such conflict.') })

export const FeedbackStep = z.object({ proposalId: id('This proposal does not exist.'), step: z.enum(['take', 'done'], { error: 'Choose take or done.' }) })

export const RequestFeedback = z.object({ proposalId: id('This proposal does not exist.') })

export const SettleDiscussion = z.object({
  proposalId: id('This proposal does not exist.'),
  // Not "note": the conflict form on the same page has a field of that name (and so of that id).
  discussionNote: note.pipe(z.string().min(1, 'Say in a few words what the mentors agreed on.')),
})
