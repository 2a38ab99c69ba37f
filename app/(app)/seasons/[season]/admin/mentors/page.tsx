import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { InvitationList, type InvitationRow } from '@/components/invitations/InvitationList'
import { InviteMentorForm } from '@/components/invitations/InviteMentorForm'
import { MentorList } from '@/components/mentors/MentorList'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { listSeasonInvitations, type SeasonInvitation } from '@/lib/invitations/queries'
import { listSeasonMentors } from '@/lib/mentors/queries'
import { getNow } from '@/lib/organization'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Mentors & invitations', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function MentorsAdminPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('season.administer', season.id, `/seasons/${season.slug}/admin/mentors`)
  const now = await getNow()
  const [mentors, invitations] = await Promise.all([listSeasonMentors(season.id), listSeasonInvitations(season.id, now)])
  const tz = user.timeZone
  const by = (person: { name: string | null; email: string | null } | null) => person?.name ?? person?.email ?? 'someone'
  const row = (invitation: SeasonInvitation): InvitationRow => ({
    id: invitation.id,
    email: invitation.email,
    status: invitation.status,
    details: [
      `Invited by ${by(invitation.invitedBy)} on ${formatDateTime(invitation.createdAt, tz)}`,
      invitation.status === 'accepted'
        ? `Accepted by ${by(invitation.acceptedBy)}${invitation.acceptedBy?.email && invitation.acceptedBy.email !== invitation.email ? ` (${invitation.acceptedBy.email})` : ''} on ${formatDateTime(invitation.acceptedAt!, tz)}`
        : `${invitation.status === 'expired' ? 'Expired' : 'Expires'} ${formatDateTime(invitation.expiresAt, tz)}`,
    ],
  })
  const capacity = mentors.reduce((sum, m) => sum + m.capacity, 0)
  const students = mentors.reduce((sum, m) => sum + m.students, 0)
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { label: 'Mentors & invitations' },
        ]}
      />
      <PageTitle eyebrow="Admin">Mentors & invitations</PageTitle>
      <AdminNav seasonSlug={season.slug} current="/mentors" />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="mb-3 text-xl font-semibold">
            Invite a mentor
          </h2>
          <InviteMentorForm seasonId={season.id} />
          <h2 id="invitations-heading" className="mb-1 mt-10 text-xl font-semibold">
            Invitations
          </h2>
          <p className="text-sm text-stone-600">
            Each link works once. The mails are in the{' '}
            <Link href={`/seasons/${season.slug}/admin/outbox`} className="font-medium text-brand-700 underline underline-offset-2">
              outbox
            </Link>
            .
          </p>
          <InvitationList seasonId={season.id} invitations={[...invitations.pending, ...invitations.accepted, ...invitations.expired].map(row)} />
        </section>
        <section aria-labelledby="mentors-heading">
          <h2 id="mentors-heading" className="mb-1 text-xl font-semibold">
            Mentors ({mentors.length})
          </h2>
          <p className="mb-3 text-sm text-stone-600">
            Together they can take {capacity} student{capacity === 1 ? '' : 's'}; {students} accepted so far. Capacity is how many students a
            mentor takes this season (0 to 10).
          </p>
          <MentorList seasonId={season.id} mentors={mentors} />
        </section>
      </div>
    </>
  )
}
