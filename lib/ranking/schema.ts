// The rank list's saves: the season, the version the admin's order started from, and either one page of the list
// in its new order (its offset and its ids) or a single move (a proposal to a position). Sizes are bounded.
import { z } from 'zod'

const id = (message: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message)

export const MAX_RANKED = 5000

/** Rows per page the rank list offers (`?size=`). 50 by default: at 2,000 proposals a page of 100 took twice the server time of 50 (each row goes out twice: as HTML and as the editor’s data). */
export const RANK_PAGE_SIZES = [10, 25, 50, 100, 200] as const
export const RANK_PAGE_SIZE = 50
/** The proposals that cannot be ranked are listed this many a page. */
export const UNRANKABLE_PAGE_SIZE = 50

const common = {
  seasonId: id('There is no such season.'),
  version: z.coerce.number({ error: 'Reload the page: the form is incomplete.' }).int().min(0).max(2_147_483_647),
  // The page the admin is on (its first position, counted from 0, and its size): what the save answers with.
  offset: z.coerce.number({ error: 'Reload the page: the form is incomplete.' }).int().min(0).max(MAX_RANKED),
  size: z.coerce
    .number({ error: 'Reload the page: the form is incomplete.' })
    .int()
    .refine((n) => (RANK_PAGE_SIZES as readonly number[]).includes(n), 'Not a page size of the rank list.'),
  // The cut line the admin typed (?slots=), if any, so the answer marks the page as the admin sees it.
  cut: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(9999).optional()),
}

export const SaveRankOrder = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    ...common,
    proposalId: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z
        .array(id('The list holds something that is not a proposal.'))
        .min(1, 'The page is empty.')
        .max(Math.max(...RANK_PAGE_SIZES), `At most ${Math.max(...RANK_PAGE_SIZES)} proposals a page.`),
    ),
  }),
  z.object({
    kind: z.literal('move'),
    ...common,
    proposalId: id('That is not a proposal.'),
    position: z.coerce.number({ error: 'Type a position (a whole number).' }).int('Type a whole number.').min(1, 'Positions start at 1.').max(MAX_RANKED, `At most ${MAX_RANKED}.`),
  }),
])

export type SaveRankOrderInput = z.infer<typeof SaveRankOrder>

/** `?size=` as one of RANK_PAGE_SIZES; anything else is the default. */
export function parseRankPageSize(raw: unknown): number {
  const n = typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN
  return (RANK_PAGE_SIZES as readonly number[]).includes(n) ? n : RANK_PAGE_SIZE
}
