'use client'
// On a proposal that can no longer be edited: if this browser still holds text that never reached the server
// (say, typed just before the deadline while offline), show it so it can be copied rather than vanish.
import { useEffect, useState } from 'react'
import { localCopyIsNewer, readLocalDraft, type LocalDraft, type ProposalFields } from './local-draft'

const LABELS: Record<keyof ProposalFields, string> = {
  title: 'Title',
  abstract: 'Abstract',
  plan: 'Plan',
  timeline: 'Weekly timeline',
  hoursPerWeek: 'Hours per week',
  links: 'Links',
}

export function UnsavedLocalCopy({ proposalId, server, timeZone }: { proposalId: string; server: { fields: ProposalFields; updatedAt: string }; timeZone: string }) {
  const [local, setLocal] = useState<LocalDraft | null>(null)
  useEffect(() => {
    const copy = readLocalDraft(proposalId)
    if (copy && localCopyIsNewer(copy, server)) setLocal(copy)
    // Read once when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [proposalId])
  if (!local) return null
  const changed = (Object.keys(LABELS) as (keyof ProposalFields)[]).filter((key) => local.fields[key] !== server.fields[key])
  return (
    <section aria-labelledby="local-copy-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="local-copy-heading" className="font-semibold">
        This browser holds text that was never saved
      </h2>
      <p className="mt-1 text-sm">
        It was typed on {new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(local.changedAt)} ({timeZone}) and could not reach the server before the proposal closed. It is
        shown here so you can copy it.
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Show the unsaved text</summary>
        <dl className="mt-2 space-y-3">
          {changed.map((key) => (
            <div key={key}>
              <dt className="text-sm font-medium">{LABELS[key]}</dt>
              <dd>
                <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-white p-2 text-sm">{local.fields[key]}</pre>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  )
}
