import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { LetterTemplateForm } from '@/components/letters/LetterTemplateForm'
import { StageLettersForm } from '@/components/letters/StageLettersForm'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { fieldsFor, LETTER_KIND_LABEL, type LetterKind } from '@/lib/letters'
import { getLettersAdmin } from '@/lib/letters/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Decision letters', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

const KINDS: LetterKind[] = ['ACCEPTED', 'NOT_SELECTED']

export default async function LettersPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/admin`
  const user = await requirePermission('letters.manage', season.id, `${base}/letters`)
  const data = await getLettersAdmin(season.id)
  const applicants = data.applicants.map(({ studentId, name, kind, values }) => ({ studentId, name, kind, values }))
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: base, label: 'Administration' }, { label: 'Letters' }]} />
      <PageTitle
        eyebrow="Admin"
        lead="Every applicant gets one letter: “accepted” if one of their proposals was accepted, otherwise “not selected”. Confirming the accepted set writes them into the outbox, where they are held until the accepted-students post is published."
      >
        Decision letters
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/letters" />
      <section aria-labelledby="status-heading" className="mb-10 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="status-heading" className="mb-2 text-lg font-semibold">
          In the outbox
        </h2>
        <p className="mb-3 text-sm text-stone-700">
          {data.letters.total === 0
            ? data.decided
              ? 'No letters written yet.'
              : 'No letters yet: they are written when the accepted set is confirmed.'
            : `${data.letters.total} letter${data.letters.total === 1 ? '' : 's'} (one per applicant): ${data.letters.held} held, ${data.letters.out} released. `}
          {data.letters.held > 0
            ? data.releaseAt
              ? `They go out on ${formatDateTime(data.releaseAt, user.timeZone)}, when the accepted-students post is published.`
              : 'They go out when the accepted-students post is published; it has no publish time yet.'
            : null}{' '}
          <Link href={`${base}/outbox`} className="font-medium text-brand-700 underline underline-offset-2">
            Outbox
          </Link>{' '}
          ·{' '}
          <Link href={`${base}/announcements`} className="font-medium text-brand-700 underline underline-offset-2">
            Announcements
          </Link>
        </p>
        {data.decided ? <StageLettersForm seasonId={season.id} label={data.letters.total ? 'Write the held letters again' : 'Write the letters'} /> : null}
      </section>
      <div className="space-y-12">
        {KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`} className="mb-1 text-xl font-semibold">
              “{LETTER_KIND_LABEL[kind]}” letter
            </h2>
            <p className="mb-4 text-sm text-stone-600">
              {data.templates[kind].saved ? 'The season’s own wording.' : 'The default wording: save it to make it this season’s.'} Saving rewrites the letters still held.
            </p>
            <LetterTemplateForm
              seasonId={season.id}
              kind={kind}
              label={LETTER_KIND_LABEL[kind]}
              subject={data.templates[kind].subject}
              body={data.templates[kind].body}
              fields={fieldsFor(kind)}
              applicants={applicants}
            />
          </section>
        ))}
      </div>
    </>
  )
}
