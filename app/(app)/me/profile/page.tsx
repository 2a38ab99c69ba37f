import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ProfileForm } from '@/components/ProfileForm'
import { PendingEmailChange } from '@/components/profile/PendingEmailChange'
import { PageTitle } from '@/components/ui/PageTitle'
import { getCurrentUser } from '@/lib/auth'
import { formatDateTime } from '@/lib/dates'
import { getMyProfile } from '@/lib/users/queries'

export const metadata: Metadata = { title: 'Your profile', robots: { index: false } }

export default async function ProfilePage() {
  const user = await getCurrentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent('/me/profile')}`)
  const profile = await getMyProfile(user)
  if (!profile) redirect(`/signin?callbackUrl=${encodeURIComponent('/me/profile')}`)
  const timeZones = ['UTC', ...Intl.supportedValuesOf('timeZone')]
  return (
    <>
      <PageTitle eyebrow="Your account" lead="Only your name is ever shown publicly. The rest lets the organization reach you and shows you dates in your own time.">
        Your profile
      </PageTitle>
      {profile.emailChange ? (
        <PendingEmailChange
          email={profile.emailChange.email}
          current={profile.email}
          sentAt={formatDateTime(profile.emailChange.createdAt, user.timeZone)}
          expires={formatDateTime(profile.emailChange.expiresAt, user.timeZone)}
        />
      ) : null}
      <ProfileForm
        timeZones={timeZones}
        profile={{
          name: profile.name ?? '',
          email: profile.email ?? '',
          timeZone: profile.timeZone ?? '',
          githubHandle: profile.githubHandle ?? '',
          school: profile.school ?? '',
          country: profile.country ?? '',
        }}
      />
    </>
  )
}
