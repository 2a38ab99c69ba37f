// The rank list's save: the season, the version the admin's order started from, and the order itself.
import { z } from 'zod'

const id = (message: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message)

export const MAX_RANKED = 5000

export const SaveRankOrder = z.object({
  seasonId: id('There is no such season.'),
  version: z.coerce.number({ error: 'Reload the page: the form is incomplete.' }).int().min(0).max(2_147_483_647),
  proposalId: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(id('The list holds something that is not a proposal.')).max(MAX_RANKED, `At most ${MAX_RANKED} proposals.`),
  ),
})
