'use client'
// Page-wide keyboard shortcuts of the review pages, like HotCRP's: j or ] for the next proposal, k or [ for the
// previous one, ? for this list. Ignored while typing in a text field. Moving is announced to screen readers.
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

export const SHORTCUTS = [
  ['j or ]', 'Next proposal (not reviewed by you, fewest reviews first)'],
  ['k or [', 'Previous proposal'],
  ['0 – 9', 'Score the focused criterion (0 gives 10 on a scale to 10)'],
  ['Tab / Shift+Tab', 'Move between criteria and buttons'],
  ['Ctrl+Enter', 'Save your review'],
  ['?', 'Show or hide this list'],
] as const

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  return target.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes((target as HTMLInputElement).type)
}

export function ReviewShortcuts({ nextHref, previousHref }: { nextHref: string | null; previousHref: string | null }) {
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return
      if (event.key === '?') {
        event.preventDefault()
        if (dialog.current?.open) dialog.current.close()
        else dialog.current?.showModal()
        return
      }
      if (dialog.current?.open) return
      const go = event.key === 'j' || event.key === ']' ? nextHref : event.key === 'k' || event.key === '[' ? previousHref : undefined
      if (go === undefined) return
      event.preventDefault()
      if (go === null) {
        setAnnouncement(event.key === 'j' || event.key === ']' ? 'No more proposals to review.' : 'No previous proposal.')
        return
      }
      setAnnouncement(event.key === 'j' || event.key === ']' ? 'Opening the next proposal.' : 'Opening the previous proposal.')
      router.push(go)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [nextHref, previousHref, router])

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100"
      >
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} aria-labelledby="shortcuts-heading" className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-300 p-5 backdrop:bg-stone-900/40">
        <h2 id="shortcuts-heading" className="mb-3 text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="space-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="flex gap-3">
              <dt className="w-32 shrink-0 font-mono font-semibold">{keys}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-4">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Close
          </button>
        </form>
      </dialog>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  )
}
