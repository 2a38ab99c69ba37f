// zod schemas shared by the invitation forms and their actions.
import { z } from 'zod'

const Id = z.string({ error: 'Missing identifier.' }).min(1).max(64)

export const emailAddress = z
  .string({ error: 'Enter an e-mail address.' })
  .trim()
  .toLowerCase()
  .max(254, 'An e-mail address has at most 254 characters.')
  .pipe(z.email({ error: 'Enter an e-mail address such as name@example.org.' }))

/** The admin's invite form: a season and the address to invite as a mentor. */
export const InviteMentor = z.object({ seasonId: Id, email: emailAddress })

/** Revoke or send again: one invitation of one season. */
export const InvitationRef = z.object({ seasonId: Id, invitationId: Id })

/** The accept button: the token from the link (43 base64url characters for 32 random bytes). */
export const AcceptInvitation = z.object({
  token: z.string({ error: 'The invitation link is missing its token.' }).regex(/^[A-Za-z0-9_-]{16,128}$/, 'This invitation link is not valid.'),
})
