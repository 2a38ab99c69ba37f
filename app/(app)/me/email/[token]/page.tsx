import type { Metadata } from 'next'
import Link from 'next/link'
import { ConfirmEmailChangePanel } from '@/components/profile/ConfirmEmailChangePanel'
import { PageTitle } from '@/components/ui/PageTitle'
import { getCurrentUser } from '@/lib/auth'
import { formatDateTime } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { getMyEmailChange } from '@/lib/users/queries'

// The token in the address is a credential: keep it out of search engines and of Referer headers.
export const metadata: Metadata = { title: 'Confirm your new e-mail address', robots: { index: false, follow: false }, referrer: 'no-referrer' }

type Props = { params: Promise<{ token: string }> }

export default async function ConfirmEmailPage({ params }: Props) {
  const { token } = await params
  const [user, now] = await Promise.all([getCurrentUser(), getNow()])
  const change = user ? await getMyEmailChange(user, token) : null
  const usable = change && change.expiresAt > now
  // Signed out (also right after confirming, which ends the session): the panel stays, so its outcome stays shown.
  const signIn = user ? null : `/signin?callbackUrl=${encodeURIComponent(`/me/email/${encodeURIComponent(token)}`)}`
  return (
    <div className="max-w-2xl">
      <PageTitle eyebrow="Your account">Confirm your new e-mail address</PageTitle>
      <ConfirmEmailChangePanel
        token={token}
        pending={usable ? { email: change.email, expires: formatDateTime(change.expiresAt, user?.timeZone) } : null}
        current={user?.email ?? null}
        signIn={signIn}
        refusal={
          usable || signIn
            ? null
            : change
              ? 'This confirmation link has expired. Send a new one from your profile.'
              : 'This confirmation link is not valid (any more). Each link works once, for 24 hours, and only for the account that asked: sign in to that account, or send a new link from your profile.'
        }
      />
      <p className="mt-6">
        <Link href="/me/profile" className="text-brand-700 underline underline-offset-2">
          Back to your profile
        </Link>
      </p>
    </div>
  )
}
