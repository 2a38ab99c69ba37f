// The slot forms: the organization's request (min, max, justification) and the number granted. Shared by the
// forms and the actions. A "sane bound" on slot numbers: no organization has been granted anywhere near 1,000.
import { z } from 'zod'

export const MAX_SLOTS = 1000
export const LIMITS = { justification: 2000, note: 500 } as const

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '')
const id = (message: string) => z.preprocess(text, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message))

const WHOLE = 'Enter a whole number of slots, 0 or more.'
/** A slot count as the form sends it: digits only (an optional minus so that -1 gets the clear message). */
export const slotCount = z
  .preprocess((value) => {
    const raw = text(value).trim()
    if (raw === '') return undefined
    return /^-?\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN
  }, z.number({ error: WHOLE }).int(WHOLE))
  .refine((n) => n >= 0, WHOLE)
  .refine((n) => n <= MAX_SLOTS, `At most ${MAX_SLOTS.toLocaleString('en')} slots.`)

export const RequestSlots = z
  .object({
    seasonId: id('There is no such season.'),
    minSlots: slotCount,
    maxSlots: slotCount,
    justification: z.preprocess((v) => text(v).trim(), z.string().max(LIMITS.justification, `At most ${LIMITS.justification} characters.`)),
  })
  .refine((r) => r.minSlots <= r.maxSlots, { path: ['maxSlots'], message: 'The maximum must be at least the minimum.' })

export const RecordAllocation = z.object({
  seasonId: id('There is no such season.'),
  granted: slotCount,
  note: z.preprocess((v) => text(v).trim(), z.string().max(LIMITS.note, `At most ${LIMITS.note} characters.`)),
})
