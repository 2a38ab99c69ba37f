'use client'
// Publish / archive / restore buttons for ideas. One provider per page holds the outcome of the last change
// and shows it in a live region, because the idea that changed often moves to another part of the list.
// The buttons post straight to the server actions, so they work before the page's script has loaded too.
import { createContext, useActionState, useContext, useEffect, useState, type ReactNode } from 'react'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { archiveIdea, publishIdea, restoreIdea, type IdeaSaved } from '@/lib/ideas/actions'
import type { IdeaStatusValue } from '@/lib/ideas/schema'
import { SubmitButton } from '../ui/form'

type Intent = 'publish' | 'archive' | 'restore'
type Dispatch = (form: FormData) => void
const StatusContext = createContext<{ seasonId: string; dispatch: Record<Intent, Dispatch> } | null>(null)

export function IdeaStatusProvider({ seasonId, children }: { seasonId: string; children: ReactNode }) {
  const [published, publish] = useActionState(publishIdea, initialActionState)
  const [archived, archive] = useActionState(archiveIdea, initialActionState)
  const [restored, restore] = useActionState(restoreIdea, initialActionState)
  // Whichever action answered last is the one to show.
  const [latest, setLatest] = useState<ActionResult<IdeaSaved>>(initialActionState)
  useEffect(() => setLatest(published), [published])
  useEffect(() => setLatest(archived), [archived])
  useEffect(() => setLatest(restored), [restored])
  const [dismissed, setDismissed] = useState<ActionResult<IdeaSaved> | null>(null)
  const visible = latest !== dismissed && (!latest.ok || latest.message) ? latest : null
  return (
    <StatusContext.Provider value={{ seasonId, dispatch: { publish, archive, restore } }}>
      {children}
      {/* Always in the page, so that screen readers announce each new message. */}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
        <div role={visible && !visible.ok ? 'alert' : 'status'} className="pointer-events-auto w-full max-w-xl">
          {visible ? (
            <div
              className={`flex items-start gap-3 rounded-md border p-3 shadow-lg ${visible.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}
            >
              <p className="flex-1">{visible.message}</p>
              <button type="button" onClick={() => setDismissed(latest)} className="rounded px-2 text-sm underline underline-offset-2">
                Dismiss
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </StatusContext.Provider>
  )
}

const BUTTONS: Record<IdeaStatusValue, { intent: Intent; label: string; variant: 'primary' | 'secondary' | 'danger' }[]> = {
  PROPOSED: [
    { intent: 'publish', label: 'Approve and publish', variant: 'primary' },
    { intent: 'archive', label: 'Reject (archive)', variant: 'secondary' },
  ],
  DRAFT: [
    { intent: 'publish', label: 'Publish', variant: 'primary' },
    { intent: 'archive', label: 'Archive', variant: 'secondary' },
  ],
  PUBLISHED: [{ intent: 'archive', label: 'Archive', variant: 'secondary' }],
  ARCHIVED: [{ intent: 'restore', label: 'Restore to draft', variant: 'secondary' }],
}

/** The status changes that make sense for an idea now; `title` completes each button's name for screen readers. */
export function IdeaStatusButtons({ ideaId, status, title }: { ideaId: string; status: IdeaStatusValue; title: string }) {
  const context = useContext(StatusContext)
  if (!context) throw new Error('IdeaStatusButtons must be inside an IdeaStatusProvider.')
  // One form per button: each posts to its own server action.
  return (
    <div className="flex flex-wrap gap-2">
      {BUTTONS[status].map((button) => (
        <form key={button.intent} action={context.dispatch[button.intent]}>
          <input type="hidden" name="seasonId" value={context.seasonId} />
          <input type="hidden" name="ideaId" value={ideaId} />
          <SubmitButton variant={button.variant}>
            {button.label}
            <span className="sr-only"> “{title}”</span>
          </SubmitButton>
        </form>
      ))}
    </div>
  )
}
