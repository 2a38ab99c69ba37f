import type { Metadata } from 'next'
import Link from 'next/link'
import { AcceptInvitationPanel } from '@/components/invitations/AcceptInvitationPanel'
import { PageTitle } from '@/components/ui/PageTitle'
import { getCurrentUser } from '@/lib/auth'
import { rolesInSeason } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { getInvitationByToken } from '@/lib/invitations/queries'
import { acceptRefusal, ROLE_NAME } from '@/lib/invitations/rules'
import { getNow } from '@/lib/organization'

// The token in the address is a credential: keep it out of search engines and of Referer headers.
export const metadata: Metadata = { title: 'Invitation', robots: { index: false, follow: false }, referrer: 'no-referrer' }

type Props = { params: Promise<{ token: string }> }

export default async function InvitationPage({ params }: Props) {
  const { token } = await params
  const [user, invitation, now] = await Promise.all([getCurrentUser(), getInvitationByToken(token), getNow()])
  const path = `/invitations/${encodeURIComponent(token)}`
  const roles = user && invitation ? await rolesInSeason(user.id, invitation.season.id) : new Set<never>()
  const refusal = acceptRefusal({
    invitation,
    seasonTitle: invitation?.season.title,
    userId: user?.id ?? '',
    roles,
    now,
    timeZone: user?.timeZone,
  })
  const role = invitation ? ROLE_NAME[invitation.role] : 'mentor'
  const title = invitation ? `Invitation to be a ${role} in ${invitation.season.title}` : 'Invitation'
  return (
    <div className="max-w-2xl">
      <PageTitle eyebrow={invitation?.season.organization.name}>{title}</PageTitle>
      {invitation && !refusal ? (
        <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <dt className="text-stone-600">Season</dt>
          <dd className="font-medium">{invitation.season.title}</dd>
          <dt className="text-stone-600">Role</dt>
          <dd className="font-medium capitalize">{role}</dd>
          <dt className="text-stone-600">Invited by</dt>
          <dd>{invitation.invitedBy.name ?? 'the season’s admins'}</dd>
          <dt className="text-stone-600">Sent to</dt>
          <dd className="break-all">{invitation.email}</dd>
          <dt className="text-stone-600">Valid until</dt>
          <dd>{formatDateTime(invitation.expiresAt, user?.timeZone)}</dd>
        </dl>
      ) : null}
      {!user ? (
        refusal ? (
          <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">{refusal.message}</p>
        ) : (
          <div className="space-y-3">
            <p>Sign in to accept this invitation. You come back to this page afterwards.</p>
            <p>
              <Link
                href={`/signin?callbackUrl=${encodeURIComponent(path)}`}
                className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
              >
                Sign in to accept
              </Link>
            </p>
          </div>
        )
      ) : (
        <div className="space-y-4">
          {!refusal ? (
            <p>
              Accepting makes your account, <strong>{user.name ?? user.email}</strong>
              {user.email && user.name ? ` (${user.email})` : ''}, a {role} of {invitation!.season.title}, with room for one student (the admins can
              change that).
            </p>
          ) : null}
          <AcceptInvitationPanel
            token={token}
            refusal={refusal?.message ?? null}
            season={invitation && refusal?.error !== 'not_found' ? { slug: invitation.season.slug, title: invitation.season.title } : null}
          />
        </div>
      )}
    </div>
  )
}
