import { z } from 'zod'

/** The demo clock form: a season to act in, and an ISO instant (or "reset" to return to real time). */
export const SetDemoClock = z.object({
  seasonId: z.string().min(1).max(64),
  at: z.union([
    z.literal('reset'),
    z.iso.datetime({ offset: true, message: 'Enter a date and time such as 2011-04-01T12:00:00Z.' }),
  ]),
})
