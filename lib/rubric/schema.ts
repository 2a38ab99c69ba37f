// The rubric form: one criterion's label, description, score range (within 1–10) and weight; moving and removing
// one. Shared by the admin's forms and lib/rubric/actions.ts.
import { z } from 'zod'

export const RUBRIC_LIMITS = { label: 80, description: 300, criteria: 20, minScore: 1, maxScore: 10, maxWeight: 10 } as const

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')
const id = (message: string) => z.preprocess(text, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message))

const RANGE_MESSAGE = `A whole number from ${RUBRIC_LIMITS.minScore} to ${RUBRIC_LIMITS.maxScore}.`
const bound = z.preprocess((value) => {
  const raw = text(value)
  if (raw === '') return undefined
  return /^-?\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN
}, z.number({ error: RANGE_MESSAGE }).int(RANGE_MESSAGE).min(RUBRIC_LIMITS.minScore, RANGE_MESSAGE).max(RUBRIC_LIMITS.maxScore, RANGE_MESSAGE))

const WEIGHT_MESSAGE = `A number above 0 and at most ${RUBRIC_LIMITS.maxWeight}, e.g. 1 or 1.5.`
const weight = z.preprocess((value) => {
  const raw = text(value)
  if (raw === '') return undefined
  return /^\d{1,2}(\.\d{1,2})?$/.test(raw) ? Number(raw) : Number.NaN
}, z.number({ error: WEIGHT_MESSAGE }).gt(0, WEIGHT_MESSAGE).max(RUBRIC_LIMITS.maxWeight, WEIGHT_MESSAGE))

export const SaveCriterion = z
  .object({
    seasonId: id('There is no such season.'),
    // Absent: a new criterion; present: the one to change.
    criterionId: z.preprocess((v) => (v === '' || v == null ? undefined : v), id('There is no such criterion.').optional()),
    label: z.preprocess(text, z.string().min(1, 'Name the criterion, e.g. “Technical plan”.').max(RUBRIC_LIMITS.label, `At most ${RUBRIC_LIMITS.label} characters.`)),
    description: z.preprocess(text, z.string().max(RUBRIC_LIMITS.description, `At most ${RUBRIC_LIMITS.description} characters.`)),
    minScore: bound,
    maxScore: bound,
    weight,
  })
  .refine((v) => v.minScore < v.maxScore, { message: 'The highest score must be above the lowest.', path: ['maxScore'] })

export const MoveCriterion = z.object({
  criterionId: id('There is no such criterion.'),
  direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }),
})

export const RemoveCriterion = z.object({ criterionId: id('There is no such criterion.') })

/** A stable key for a new criterion, from its label ("Technical plan" → "technical-plan"), unique in the season. */
export function criterionKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'criterion'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
