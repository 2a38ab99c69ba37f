'use client'
// One page of the rank list, reordered by drag and drop (@dnd-kit: a pointer on the grip, or the grip's own keyboard
// mode with space and the arrow keys, announced to screen readers) and by keyboard buttons: each proposal has "move
// up" and "move down" buttons naming it, a live region says where it went, and focus stays on the button pressed.
// Each proposal also has a position field: a position on this page moves it here (saved with the page), one on
// another page moves it there at once (a single move, saved on its own; the page then shows what took its place).
// Saving names the version the order started from; if another admin saved meanwhile, their order replaces this
// page's and the message says so. Positions are the admin's own: all of the list, not just this page.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import Link from 'next/link'
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { saveRankOrder, type RankSaveResult } from '@/lib/ranking/actions'
import type { RankRow } from '@/lib/ranking/queries'

const number = (value: number | null) => (value === null ? '–' : value.toFixed(2))

const DRAG_HELP_ID = 'rank-drag-help'

/** One proposal of the list: its grip (drag by pointer, or space then arrows), then the keyboard buttons. */
function SortableRow({ row, cutHere, className, children }: { row: RankRow; cutHere: boolean; className: string; children: (grip: ReactNode) => ReactNode }) {
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
      id={cutHere ? 'cut-line' : undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`${className} ${isDragging ? 'relative z-10 bg-brand-50 shadow-lg' : 'bg-white'}`}
    >
      {children(grip)}
    </li>
  )
}

type Props = {
  seasonId: string
  rows: RankRow[]
  version: number
  /** The cut line (after this many proposals of the whole list), as shown; `cutTyped` when the admin typed it. */
  cut: number | null
  cutTyped: boolean
  offset: number
  size: number
  total: number
  page: number
  /** The address of a page of this list, without its number: `${pageHref}${n}`. */
  pageHref: string
}

export function RankEditor({ seasonId, rows: initial, version: initialVersion, cut, cutTyped, offset, size, total: initialTotal, page, pageHref }: Props) {
  const [rows, setRows] = useState(initial)
  const [version, setVersion] = useState(initialVersion)
  const [total, setTotal] = useState(initialTotal)
  const [dirty, setDirty] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const [state, dispatch, pending] = useActionState<RankSaveResult | null, FormData>(saveRankOrder, null)
  const focusAfter = useRef<string | null>(null)
  // The page a proposal was last moved to (null after a page save): the ref for the effect, the state to render.
  const movedToPage = useRef<number | null>(null)
  const [movedTo, setMovedTo] = useState<number | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the grip stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const titleOf = useMemo(() => new Map(rows.map((r) => [r.id as UniqueIdentifier, r.title])), [rows])
  const positionOf = (id: UniqueIdentifier | undefined) => offset + rows.findIndex((r) => r.id === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf.get(active.id)}, at position ${positionOf(active.id)} of ${total}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf.get(active.id)} is over position ${positionOf(over.id)} of ${total}.` : `${titleOf.get(active.id)} is no longer over the list.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf.get(active.id)} dropped at position ${positionOf(over.id)} of ${total}.` : `${titleOf.get(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving ${titleOf.get(active.id)} was cancelled; it stays at position ${positionOf(active.id)}.`,
  }

  useEffect(() => {
    if (!state) return
    if (state.fresh) {
      setRows(state.fresh.rows)
      setVersion(state.fresh.version)
      setTotal(state.fresh.total)
      setDirty(false)
    }
    // After a move to another page the proposal has left this one: the message about it takes the focus.
    if (movedToPage.current !== null) statusRef.current?.focus()
  }, [state])
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus()
    focusAfter.current = null
  }, [rows])

  /** Moves a proposal within this page (not saved yet). */
  const moveWithin = (index: number, target: number, focusId: string) => {
    const next = [...rows]
    const [row] = next.splice(index, 1)
    next.splice(target, 0, row!)
    focusAfter.current = focusId
    setRows(next)
    setDirty(true)
    setNotice(null)
    setAnnouncement(`${row!.title} moved to position ${offset + target + 1} of ${total}.`)
  }

  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    if (target < 0 || target >= rows.length) return
    const id = rows[index]!.id
    // Keep focus on the same button of the moved proposal, or on its other one at the ends of the page.
    const edge = (by < 0 && target === 0) || (by > 0 && target === rows.length - 1)
    moveWithin(index, target, `rank-${id}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`)
  }

  const send = (fill: (form: FormData) => void) => {
    const form = new FormData()
    form.set('seasonId', seasonId)
    form.set('version', String(version))
    form.set('offset', String(offset))
    form.set('size', String(size))
    if (cutTyped && cut !== null) form.set('cut', String(cut))
    fill(form)
    startTransition(() => dispatch(form))
  }

  const moveTo = (event: FormEvent<HTMLFormElement>, index: number) => {
    event.preventDefault()
    const row = rows[index]!
    const input = event.currentTarget.elements.namedItem('position') as HTMLInputElement
    const position = Number(input.value)
    if (!Number.isInteger(position) || position < 1 || position > total) {
      setNotice(`Type a position from 1 to ${total} for “${row.title}”.`)
      input.focus()
      return
    }
    input.value = ''
    const target = position - 1 - offset
    if (target >= 0 && target < rows.length) {
      if (target !== index) moveWithin(index, target, `rank-${row.id}-position`)
      return
    }
    if (dirty) {
      setNotice('Save this page’s order first (or reload the page to drop it): a move to another page is saved at once.')
      return
    }
    setNotice(null)
    movedToPage.current = Math.floor((position - 1) / size) + 1
    setMovedTo(movedToPage.current)
    send((form) => {
      form.set('kind', 'move')
      form.set('proposalId', row.id)
      form.set('position', String(position))
    })
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = rows.findIndex((r) => r.id === active.id)
    const to = rows.findIndex((r) => r.id === over.id)
    if (from < 0 || to < 0) return
    setRows(arrayMove(rows, from, to))
    setDirty(true)
    setNotice(null)
  }

  const save = () => {
    movedToPage.current = null
    setMovedTo(null)
    send((form) => {
      form.set('kind', 'page')
      for (const row of rows) form.append('proposalId', row.id)
    })
  }

  const otherPage = state?.ok && movedTo !== null && movedTo !== page ? movedTo : null
  const buttonClass = 'rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100 disabled:opacity-40'

  return (
    <div className="space-y-4">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p id={DRAG_HELP_ID} className="sr-only">
        To move a proposal with the keyboard, use its Up and Down buttons, or type a new position and press Move; or press space on its grip, move it with the arrow keys, and press space again to drop it (escape cancels).
      </p>
      <p className="hidden text-sm text-stone-700 sm:block">Drag a proposal by its grip (⠿) or use its Up and Down buttons, then save this page. To move one to another page, type its new position and press Move: that is saved at once.</p>
      <DndContext id="rank-list" sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: '' } }}>
        <SortableContext items={rows.map((r) => r.id)} strategy={verticalListSortingStrategy}>
          <ol start={offset + 1} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {rows.map((row, index) => {
              const position = offset + index + 1
              const cutHere = cut !== null && offset + index === cut
              return (
                <SortableRow key={row.id} row={row} cutHere={cutHere} className={`flex flex-col gap-2 p-3 sm:flex-row sm:items-center ${cutHere ? 'border-t-4 border-t-red-700' : ''}`}>
                  {(grip) => (
                    <>
                      {cutHere ? <p className="text-sm font-semibold text-red-800 sm:sr-only">Cut line: the {cut} proposals above it get slots</p> : null}
                      {grip}
                      <span className="w-12 shrink-0 text-right font-semibold tabular-nums" aria-hidden="true">
                        {`${position}.`}
                      </span>
                      <div className="min-w-0 flex-1">
                        <p className="font-medium [overflow-wrap:anywhere]">
                          <span className="sr-only">{`Position ${position}: `}</span>
                          {row.title}
                          {row.nearCut ? <span className="ml-2 inline-block whitespace-nowrap rounded-full border border-amber-400 bg-amber-50 px-2 text-xs text-amber-950">near the cut</span> : null}
                        </p>
                        <p className="text-sm text-stone-700">
                          {/* One string, not a dozen text nodes: this line is rendered for every row of the page. */}
                          {`${row.student} · ${row.idea} · calibrated ${number(row.calibrated)}${row.stdError !== null ? ` ± ${row.stdError.toFixed(2)}` : ''} · ${row.reviews} ${row.reviews === 1 ? 'review' : 'reviews'} · willing: ${row.willing.join(', ')}`}
                        </p>
                      </div>
                      <div className="flex shrink-0 flex-wrap items-center gap-2">
                        <button type="button" id={`rank-${row.id}-up`} onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move “${row.title}” up`} className={buttonClass}>
                          <span aria-hidden="true">↑</span> Up
                        </button>
                        <button type="button" id={`rank-${row.id}-down`} onClick={() => move(index, 1)} disabled={index === rows.length - 1} aria-label={`Move “${row.title}” down`} className={buttonClass}>
                          <span aria-hidden="true">↓</span> Down
                        </button>
                        <form onSubmit={(event) => moveTo(event, index)} noValidate className="flex items-center gap-1">
                          <label htmlFor={`rank-${row.id}-position`} className="sr-only">
                            {`New position for “${row.title}” (1 to ${total})`}
                          </label>
                          <input
                            id={`rank-${row.id}-position`}
                            name="position"
                            type="number"
                            inputMode="numeric"
                            min={1}
                            max={total}
                            placeholder="#"
                            className="w-20 rounded-md border border-stone-300 bg-white px-2 py-1 text-base"
                          />
                          <button type="submit" disabled={pending} aria-label={`Move “${row.title}” to the new position`} className={buttonClass}>
                            Move
                          </button>
                        </form>
                      </div>
                    </>
                  )}
                </SortableRow>
              )
            })}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={save} disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? 'Saving…' : 'Save the order'}
        </button>
        {dirty ? <span className="text-sm text-stone-700">Unsaved changes on this page.</span> : null}
      </div>
      {notice ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          {notice}
        </p>
      ) : null}
      {state ? (
        <p
          ref={statusRef}
          tabIndex={-1}
          role={state.ok ? 'status' : 'alert'}
          className={`rounded-md border p-3 ${state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}
        >
          {state.message}
          {otherPage !== null ? (
            <>
              {' '}
              <Link href={`${pageHref}${otherPage}`} className="font-medium underline underline-offset-2">
                Go to page {otherPage}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
