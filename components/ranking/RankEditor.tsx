'use client'
// The rank list, reordered by drag and drop (@dnd-kit: a pointer on the grip, or the grip's own keyboard mode with
// space and the arrow keys, announced to screen readers) and by keyboard buttons: each proposal has "move up" and
// "move down" buttons naming it, a live region says where it went, and focus stays on the button pressed. Saving
// names the version the order started from; if another admin saved meanwhile, their order replaces this one and
// the message says so.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { saveRankOrder, type RankSaveResult } from '@/lib/ranking/actions'
import type { RankRow } from '@/lib/ranking/queries'

const number = (value: number | null) => (value === null ? '–' : value.toFixed(2))

const DRAG_HELP_ID = 'rank-drag-help'

/** One proposal of the list: its grip (drag by pointer, or space then arrows), then the keyboard buttons. */
function SortableRow({ row, className, children }: { row: RankRow; className: string; children: (grip: ReactNode) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.id })
  const grip = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      // Our own instructions, rendered on the server too (the library's appear only once the page runs).
      aria-describedby={DRAG_HELP_ID}
      aria-label={`Drag “${row.title}”`}
      className="hidden h-10 w-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-stone-500 hover:bg-stone-100 active:cursor-grabbing sm:inline-flex"
      data-drag-handle
    >
      <span aria-hidden="true">⠿</span>
    </button>
  )
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`${className} ${isDragging ? 'relative z-10 bg-brand-50 shadow-lg' : 'bg-white'}`}
    >
      {children(grip)}
    </li>
  )
}

export function RankEditor({ seasonId, rows: initial, version: initialVersion, cut }: { seasonId: string; rows: RankRow[]; version: number; cut: number | null }) {
  const [rows, setRows] = useState(initial)
  const [version, setVersion] = useState(initialVersion)
  const [dirty, setDirty] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [state, dispatch, pending] = useActionState<RankSaveResult | null, FormData>(saveRankOrder, null)
  const focusAfter = useRef<string | null>(null)
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the grip stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const titleOf = useMemo(() => new Map(rows.map((r) => [r.id as UniqueIdentifier, r.title])), [rows])
  const positionOf = (id: UniqueIdentifier | undefined) => rows.findIndex((r) => r.id === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf.get(active.id)}, at position ${positionOf(active.id)} of ${rows.length}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf.get(active.id)} is over position ${positionOf(over.id)} of ${rows.length}.` : `${titleOf.get(active.id)} is no longer over the list.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf.get(active.id)} dropped at position ${positionOf(over.id)} of ${rows.length}.` : `${titleOf.get(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving ${titleOf.get(active.id)} was cancelled; it stays at position ${positionOf(active.id)}.`,
  }

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

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = rows.findIndex((r) => r.id === active.id)
    const to = rows.findIndex((r) => r.id === over.id)
    if (from < 0 || to < 0) return
    setRows(arrayMove(rows, from, to))
    setDirty(true)
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
      <p id={DRAG_HELP_ID} className="sr-only">
        To move a proposal with the keyboard, use its Up and Down buttons; or press space on its grip, move it with the arrow keys, and press space again to drop it (escape cancels).
      </p>
      <p className="hidden text-sm text-stone-700 sm:block">Drag a proposal by its grip (⠿), or use its Up and Down buttons.</p>
      <DndContext id="rank-list" sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: '' } }}>
        <SortableContext items={rows.map((r) => r.id)} strategy={verticalListSortingStrategy}>
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {rows.map((row, index) => (
              <SortableRow key={row.id} row={row} className={`flex flex-col gap-2 p-3 sm:flex-row sm:items-center ${cut !== null && index === cut ? 'border-t-4 border-t-red-700' : ''}`}>
              {(grip) => (
                <>
                  {cut !== null && index === cut ? <p className="text-sm font-semibold text-red-800 sm:sr-only">Cut line: the {cut} proposals above it get slots</p> : null}
                  {grip}
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
                </>
              )}
              </SortableRow>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
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
