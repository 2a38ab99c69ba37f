// The letter-template form (shared by the form and the action).
import { z } from 'zod'

export const SUBJECT_MAX = 200
export const BODY_MAX = 10_000

export const SaveLetterTemplate = z.object({
  seasonId: z.string({ error: 'Missing identifier.' }).min(1).max(64),
  kind: z.enum(['ACCEPTED', 'NOT_SELECTED'], { error: 'Choose which letter this is.' }),
  subject: z.string({ error: 'Enter a subject.' }).trim().min(1, 'Enter a subject.').max(SUBJECT_MAX, `A subject has at most ${SUBJECT_MAX} characters.`),
  body: z.string({ error: 'Enter the letter.' }).trim().min(1, 'Enter the letter.').max(BODY_MAX, `A letter has at most ${BODY_MAX.toLocaleString('en')} characters.`),
})

export const SeasonOnly = z.object({ seasonId: z.string({ error: 'Missing identifier.' }).min(1).max(64) })
