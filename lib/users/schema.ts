// The profile form: what a person tells us about themselves. Shared by ProfileForm and updateProfile.
import { z } from 'zod'
import { isValidTimeZone } from '@/lib/dates'

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** An optional one-line text: blank becomes null. */
function optionalLine(max: number, label: string) {
  return z
    .preprocess(trimmed, z.string().max(max, `${label} is too long: at most ${max} characters.`))
    .transform((value) => value || null)
}

// GitHub's own rule for user names: letters, digits and single hyphens, not at either end, at most 39.
const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

export const UpdateProfile = z.object({
  name: z.preprocess(
    trimmed,
    z.string().min(1, 'Enter your name: it is how people here know you.').max(100, 'Your name is too long: at most 100 characters.'),
  ),
  email: z.preprocess(
    (value) => trimmed(value).toLowerCase(),
    z
      .string()
      .min(1, 'Enter your e-mail address.')
      .max(254, 'This e-mail address is too long.')
      .pipe(z.email('Enter an e-mail address such as ada@example.org.')),
  ),
  timeZone: z.preprocess(
    trimmed,
    z
      .string()
      .min(1, 'Choose your time zone.')
      .max(64, 'Choose a time zone from the list, such as Europe/Berlin.')
      .refine(isValidTimeZone, 'Choose a time zone from the list, such as Europe/Berlin.')
      // Intl accepts any letter case; store the zone's proper spelling.
      .transform((zone) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone),
  ),
  githubHandle: z
    .preprocess(
      (value) => trimmed(value).replace(/^@/, ''),
      z
        .string()
        .max(39, 'A GitHub handle has at most 39 characters.')
        .refine((handle) => handle === '' || GITHUB_HANDLE.test(handle), 'A GitHub handle has only letters, digits and single hyphens (leave out the @ and the address).'),
    )
    .transform((value) => value || null),
  school: optionalLine(120, 'The school'),
  country: optionalLine(80, 'The country'),
})

export type UpdateProfileInput = z.infer<typeof UpdateProfile>

export const PROFILE_FIELDS = ['name', 'email', 'timeZone', 'githubHandle', 'school', 'country'] as const

/** The confirm button of /me/email/<token>: the token from the link (43 base64url characters for 32 bytes). */
export const ConfirmEmailChange = z.object({
  token: z.string({ error: 'The link is missing its token.' }).regex(/^[A-Za-z0-9_-]{16,128}$/, 'This confirmation link is not valid.'),
})
