import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { SeasonSettingsForm } from '@/components/timeline/SeasonSettingsForm'
import { TimelineEditor } from '@/components/timeline/TimelineEditor'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '@/lib/dates'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { toLocalInput, WINDOW_KINDS } from '@/lib/seasons/schema'
import { PHASE_LABEL, PHASE_ORDER } from '@/lib/timeline'

export const metadata: Metadata = { title: 'Timeline and settings', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function TimelineAdminPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('season.administer', season.id, `/seasons/${season.slug}/admin/timeline`)
  const zone = user.timeZone && isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE
  const byKind = new Map(season.phases.map((p) => [p.kind, p]))
  const phases = PHASE_ORDER.map((kind) => {
    const phase = byKind.get(kind)
    return {
      kind,
      label: PHASE_LABEL[kind],
      hasEnd: WINDOW_KINDS.has(kind) || Boolean(phase?.endsAt),
      endRequired: WINDOW_KINDS.has(kind),
      exists: Boolean(phase),
      startsAt: phase ? toLocalInput(phase.startsAt, zone) : '',
      endsAt: phase?.endsAt ? toLocalInput(phase.endsAt, zone) : '',
      note: phase?.note ?? '',
    }
  })
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { label: 'Timeline' },
        ]}
      />
      <PageTitle eyebrow="Admin">Timeline and settings</PageTitle>
      <AdminNav seasonSlug={season.slug} current="/timeline" />
      <div className="space-y-12">
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-1 text-xl font-semibold">
            Timeline
          </h2>
          <p className="mb-4 text-sm text-stone-600">
            Deadlines follow these dates: students can submit proposals from “Applications open” until “Applications close”. The public{' '}
            <Link href={`/seasons/${season.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
              season page
            </Link>{' '}
            shows the timeline with the notes.
          </p>
          <TimelineEditor seasonId={season.id} timeZone={zone} zoneName={zone} phases={phases} />
        </section>
        <section aria-labelledby="settings-heading" className="max-w-xl">
          <h2 id="settings-heading" className="mb-3 text-xl font-semibold">
            Season settings
          </h2>
          <SeasonSettingsForm seasonId={season.id} maxProposalsPerStudent={season.maxProposalsPerStudent} allowOwnTopics={season.allowOwnTopics} />
        </section>
      </div>
    </>
  )
}
