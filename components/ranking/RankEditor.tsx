'use client'
// The rank list, reordered by keyboard: each proposal has "move up" and "move down" buttons naming it, a live
// region says where it went, and focus stays on the button pressed. Saving names the version the order started
// from; if another admin saved meanwhile, their order replaces this one and the message says so.
import { startTransition, useActionState, useEffect, useRef, useState } from 'react'
import { saveRankOrder, type RankSaveResult } from '@/lib/ranking/actions'
import type { RankRow } from '@/lib/ranking/queries'

const number = (value: number | null) => (value === null ? '–' : value.toFixed(2))

export function RankEditor({ seasonId, rows: initial, version: initialVersion, cut }: { seasonId: string; rows: RankRow[]; version: number; cut: number | null }) {
  const [rows, setRows] = useState(initial)
  const [version, setVersion] = useState(initialVersion)
  const [dirty, setDirty] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [state, dispatch, pending] = useActionState<RankSaveResult | null, FormData>(saveRankOrder, null)
  const focusAfter = useRef<string | null>(null)

  useEffect(() => {
    if (!state) return
    if (state.ok) {
      setVersion(state.version)
      setDirty(false)
    } else if (state.fresh) {
      setRows(state.fresh.rows)
      setVersion(state.fresh.version)
      setDirty(false)
    }
  }, [state])
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus()
    focusAfter.current = null
  }, [rows])

  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    if (target < 0 || target >= rows.length) return
    const next = [...rows]
    const [row] = next.splice(index, 1)
    next.splice(target, 0, row!)
    // Keep focus on the same button of the moved proposal, or on its other one at the ends of the list.
    const edge = (by < 0 && target === 0) || (by > 0 && target === rows.length - 1)
    focusAfter.current = `rank-${row!.id}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`
    setRows(next)
    setDirty(true)
    setAnnouncement(`${row!.title} moved to position ${target + 1} of ${rows.length}.`)
  }

  const save = () => {
    const form = new FormData()
    form.set('seasonId', seasonId)
    form.set('version', String(version))
    for (const row of rows) form.append('proposalId', row.id)
    startTransition(() => dispatch(form))
  }

  return (
    <div className="space-y-4">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {rows.map((row, index) => (
          <li key={row.id} className={`flex flex-col gap-2 p-3 sm:flex-row sm:items-center ${cut !== null && index === cut ? 'border-t-4 border-t-red-700' : ''}`}>
            {cut !== null && index === cut ? <p className="text-sm font-semibold text-red-800 sm:sr-only">Cut line: the {cut} proposals above it get slots</p> : null}
            <span className="w-8 shrink-0 text-right font-semibold tabular-nums" aria-hidden="true">
              {index + 1}.
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium [overflow-wrap:anywhere]">
                <span className="sr-only">Position {index + 1}: </span>
                {row.title}
                {row.nearCut ? <span className="ml-2 rounded-full border border-amber-400 bg-amber-50 px-2 text-xs text-amber-950">near the cut</span> : null}
              </p>
              <p className="text-sm text-stone-700">
                {row.student} · {row.idea} · calibrated {number(row.calibrated)}
                {row.stdError !== null ? ` ± ${row.stdError.toFixed(2)}` : ''} · {row.reviews} {row.reviews === 1 ? 'review' : 'reviews'} · willing: {row.willing.join(', ')}
              </p>
            </div>
            <div className="flex shrink-0 gap-2">
              <button
                type="button"
                id={`rank-${row.id}-up`}
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={`Move “${row.title}” up`}
                className="rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100 disabled:opacity-40"
              >
                <span aria-hidden="true">↑</span> Up
              </button>
              <button
                type="button"
                id={`rank-${row.id}-down`}
                onClick={() => move(index, 1)}
                disabled={index === rows.length - 1}
                aria-label={`Move “${row.title}” down`}
                className="rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100 disabled:opacity-40"
              >
                <span aria-hidden="true">↓</span> Down
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={save} disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? 'Saving…' : 'Save the order'}
        </button>
        {dirty ? <span className="text-sm text-stone-700">Unsaved changes.</span> : null}
      </div>
      {state ? (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-md border p-3 ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}>
          {state.message}
        </p>
      ) : null}
    </div>
  )
}
