import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { AddForm, ConfirmForm, LostStudentForm, MentorsForm, RemoveForm, RemoveLostButton, ReplayForm, SolveForm } from '@/components/accepted/AcceptedSetForms'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getAcceptedSetView } from '@/lib/accepted/queries'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { isDemo } from '@/lib/demo'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Accepted set', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

const list = (items: string[]) => (items.length ? items.map((t) => `“${t}”`).join(', ') : 'nothing more')

export default async function AcceptedSetPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}`
  const user = await requirePermission('acceptedSet.manage', season.id, `${base}/admin/accepted`)
  const view = await getAcceptedSetView(user, season.id)
  if (!view) notFound()
  const zone = user.timeZone
  const editable = view.draft !== null
  const replay = isDemo() && season.year === 2011
  const confirmedAt = view.lastDecidedAt ? ` on ${formatDateTime(view.lastDecidedAt, zone)}` : ''
  const decisions = view.set.length + view.notTaken.length + view.unrankable.length
  const confirmLabel = !view.decided ? `Confirm these ${decisions} decisions` : view.matchesConfirmed ? 'Confirmed: confirm again (changes nothing)' : 'Confirm the changes'

  return (
    <>
      <Breadcrumbs items={[{ href: base, label: season.title }, { href: `${base}/admin`, label: 'Administration' }, { label: 'Accepted set' }]} />
      <PageTitle
        eyebrow="Admin"
        lead="The solver proposes the accepted set from the rank list: at most the slots granted, one proposal per student, each with a willing, unconflicted primary mentor under their capacity (and a backup where one is willing), no idea over its capacity. Edit it by hand, then confirm the decisions."
      >
        Accepted set
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/accepted" />

      <div className="mb-8 flex flex-wrap items-start justify-between gap-4">
        <p className="text-stone-800">
          {view.allocation ? `Slots granted: ${view.slots}.` : 'No slots granted yet.'}{' '}
          {view.request ? `Requested: ${view.request.minSlots} to ${view.request.maxSlots}.` : 'No slot request yet.'}{' '}
          <Link href={`${base}/admin/slots`} className="text-brand-700 underline underline-offset-2">
            Slots
          </Link>{' '}
          ·{' '}
          <Link href={`${base}/review/rank`} className="text-brand-700 underline underline-offset-2">
            Rank list
          </Link>
        </p>
        {replay ? (
          <section aria-labelledby="replay-heading" className="max-w-md rounded-lg border border-amber-300 bg-amber-50 p-4">
            <h2 id="replay-heading" className="text-lg font-semibold">
              Demo: replay the selection
            </h2>
            <p className="mb-3 text-sm text-stone-700">
              Resets this season’s decisions to before 18 April 2011 (acceptances, later slot grants, the working set, the unpublished accepted-students post) and moves the
              clock to 17 April 2011.
            </p>
            <ReplayForm seasonId={season.id} />
          </section>
        ) : null}
      </div>

      <section aria-labelledby="set-heading" className="mb-10">
        <h2 id="set-heading" className="mb-1 text-xl font-semibold">
          {editable ? 'Working set' : 'The solver’s proposal'} ({view.set.length} of {view.slots})
        </h2>
        <p className="mb-3 text-sm text-stone-700">
          {view.draft
            ? `Saved ${formatDateTime(view.draft.updatedAt, zone)}, solved for ${view.draft.slots} slots.`
            : view.allocation
              ? 'Not saved yet: solve to make it the working set you can edit and confirm.'
              : 'Record the slots granted first; the solver fills that many.'}{' '}
          {view.decided
            ? view.matchesConfirmed
              ? `These decisions were confirmed${confirmedAt}. Nothing has changed since.`
              : `Decisions were confirmed${confirmedAt}; the working set has changed since: confirm again to apply the changes.`
            : 'No decision is confirmed yet.'}
        </p>
        {view.decided && !view.matchesConfirmed ? (
          <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-stone-900">
            <p className="font-medium">Changed since the confirmation:</p>
            <ul className="list-disc pl-5 [overflow-wrap:anywhere]">
              {view.sinceConfirmed.added.length ? <li>Now in the set: {list(view.sinceConfirmed.added)}</li> : null}
              {view.sinceConfirmed.removed.length ? <li>No longer in the set: {list(view.sinceConfirmed.removed)}</li> : null}
              {view.sinceConfirmed.mentors.length ? <li>Mentors changed: {list(view.sinceConfirmed.mentors)}</li> : null}
              {view.sinceConfirmed.undecided ? (
                <li>
                  {view.sinceConfirmed.undecided} {view.sinceConfirmed.undecided === 1 ? 'application has' : 'applications have'} no decision yet
                </li>
              ) : null}
            </ul>
          </div>
        ) : null}
        {view.violations.length || !view.valid ? (
          <div role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <p className="font-medium">This set breaks a rule, so it cannot be confirmed:</p>
            <ul className="list-disc pl-5">
              {[...view.violations, ...view.set.flatMap((s) => s.problems)].map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {view.set.length ? (
          <ol className="mb-4 space-y-3">
            {view.set.map((row) => (
              <li key={row.proposalId} className="rounded-lg border border-stone-200 bg-white p-4">
                <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                  <p className="min-w-0 [overflow-wrap:anywhere]">
                    <span className="mr-2 text-sm text-stone-600">{row.rank !== null ? `Rank ${row.rank}` : 'Rank hidden'}</span>
                    <Link href={`${base}/review/proposals/${row.proposalId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {row.title}
                    </Link>
                    <span className="text-stone-700">
                      {' '}
                      · {row.student} · {row.idea}
                    </span>
                  </p>
                  {editable && !row.conflicted ? <RemoveForm seasonId={season.id} version={view.version} proposalId={row.proposalId} title={row.title} /> : null}
                </div>
                <p className="mb-2 text-sm text-stone-800">
                  Primary mentor: <strong>{row.primaryMentor}</strong> · Backup: <strong>{row.backupMentor ?? 'none'}</strong>
                </p>
                {row.conflicted ? (
                  <p className="text-sm text-stone-700">You have a conflict of interest with this proposal, so you cannot change it.</p>
                ) : editable ? (
                  <MentorsForm
                    key={`${row.primaryMentorId}-${row.backupMentorId}`}
                    seasonId={season.id}
                    version={view.version}
                    proposalId={row.proposalId}
                    title={row.title}
                    mentors={row.mentorOptions}
                    primary={row.primaryMentorId}
                    backup={row.backupMentorId}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mb-4 rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No proposal in the set.</p>
        )}
        <div className="flex flex-wrap items-start gap-4">
          {view.allocation ? <SolveForm seasonId={season.id} version={view.version} slots={view.slots} hasDraft={editable} /> : null}
          {editable && view.valid ? <ConfirmForm seasonId={season.id} version={view.version} label={confirmLabel} primary={!view.matchesConfirmed} /> : null}
        </div>
        <p className="mt-2 text-sm text-stone-700">
          Confirming decides every submitted proposal: accepted, or not selected with the reason below. Students see their decision only once the accepted students are
          announced.
        </p>
      </section>

      <section aria-labelledby="out-heading" className="mb-10">
        <h2 id="out-heading" className="mb-2 text-xl font-semibold">
          Not taken ({view.notTaken.length + view.unrankable.length})
        </h2>
        {view.notTaken.length ? (
          <ol className="mb-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {view.notTaken.map((row) => (
              <li key={row.proposalId} className="p-3">
                <p className="min-w-0 [overflow-wrap:anywhere]">
                  <span className="mr-2 text-sm text-stone-600">{row.rank !== null ? `Rank ${row.rank}` : 'Rank hidden'}</span>
                  <Link href={`${base}/review/proposals/${row.proposalId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {row.title}
                  </Link>
                  <span className="text-stone-700">
                    {' '}
                    · {row.student} · <strong>{row.reason}</strong>
                  </span>
                </p>
                {editable && !row.conflicted && row.mentorOptions.length ? (
                  <div className="mt-2">
                    <AddForm seasonId={season.id} version={view.version} proposalId={row.proposalId} title={row.title} mentors={row.mentorOptions} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
        {view.unrankable.length ? (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {view.unrankable.map((row) => (
              <li key={row.id} className="p-3 [overflow-wrap:anywhere]">
                <span className="font-medium">{row.title}</span>
                <span className="text-stone-700">
                  {' '}
                  · {row.student} · <strong>No available mentor</strong> ({row.reason})
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {!view.notTaken.length && !view.unrankable.length ? <p className="text-stone-600">Every proposal is taken.</p> : null}
      </section>

      <section aria-labelledby="scenarios-heading" className="mb-10">
        <h2 id="scenarios-heading" className="mb-1 text-xl font-semibold">
          Slot scenarios
        </h2>
        <p className="mb-3 text-sm text-stone-700">For each slot count of the latest request: which proposals the solver takes, and what each extra slot buys.</p>
        {view.scenarios.length ? (
          <ol className="space-y-3">
            {view.scenarios.map((s) => (
              <li key={s.slots} className="rounded-lg border border-stone-200 bg-white p-4">
                <h3 id={`scenario-${s.slots}`} className="font-semibold">
                  {s.slots} {s.slots === 1 ? 'slot' : 'slots'}
                  {s.slots === view.slots && view.allocation ? ' (granted)' : ''}
                </h3>
                <p className="text-sm text-stone-800">
                  The extra slot buys: <strong>{list(s.added)}</strong>
                </p>
                {s.lostChange ? (
                  <p className="text-sm text-stone-800">
                    Because of the students lost to other organizations: in {list(s.lostChange.added)}; out {list(s.lostChange.removed)}.
                  </p>
                ) : null}
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-brand-700">Takes {s.taken.length}</summary>
                  <ol className="mt-1 list-decimal pl-6 text-sm [overflow-wrap:anywhere]">
                    {s.taken.map((t) => (
                      <li key={t.id}>
                        {t.title} · {t.student}
                      </li>
                    ))}
                  </ol>
                </details>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-stone-600">File a slot request to see the scenarios.</p>
        )}
      </section>

      <section aria-labelledby="lost-heading">
        <h2 id="lost-heading" className="mb-1 text-xl font-semibold">
          Students lost to other organizations ({view.lost.length})
        </h2>
        <p className="mb-3 text-sm text-stone-700">Cross-organization duplicates, as Google reports them. The solver does not take their proposals.</p>
        {view.lost.length ? (
          <ul className="mb-4 space-y-3">
            {view.lost.map((l) => (
              <li key={l.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
                <div className="min-w-0 [overflow-wrap:anywhere]">
                  <p className="font-medium">{l.student}</p>
                  <p className="text-sm text-stone-700">
                    Recorded by {l.recordedBy} on <time dateTime={l.createdAt.toISOString()}>{formatDateTime(l.createdAt, zone)}</time>
                    {l.note ? `: ${l.note}` : ''}
                  </p>
                </div>
                <RemoveLostButton id={l.id} label={`${l.student} as lost`} />
              </li>
            ))}
          </ul>
        ) : null}
        <LostStudentForm seasonId={season.id} students={view.students} />
      </section>
    </>
  )
}
