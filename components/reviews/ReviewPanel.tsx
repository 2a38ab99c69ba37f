'use client'
// The review form of one proposal: a 1–5 score per rubric criterion, an overall score, "willing to mentor", and
// save / save and next / withdraw. Keyboard: 1–5 scores the focused criterion, Ctrl+Enter saves; the page-wide
// shortcuts (j/k, ?) live in ReviewShortcuts. Every change of score is announced to screen readers.
import { useRouter } from 'next/navigation'
import { startTransition, useActionState, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { saveReview, withdrawReview } from '@/lib/reviews/actions'
import { scoreForKey } from '@/lib/reviews/score-key'
import { FormMessage } from '@/components/ui/form'

type Criterion = { id: string; label: string; description: string; minScore: number; maxScore: number }

type Props = {
  proposalId: string
  criteria: Criterion[]
  mine: { overall: number | null; willing: boolean; scores: Record<string, number> } | null
  closedMessage: string | null
  /** Where "save and next" goes: the proposal page path without the id. */
  proposalBase: string
  listHref: string
}

const OVERALL = { id: 'overall', label: 'Overall score', description: 'Your judgement of the whole proposal: 1 poor, 5 excellent.', minScore: 1, maxScore: 5 }

function range(min: number, max: number) {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i)
}

export function ReviewPanel({ proposalId, criteria, mine, closedMessage, proposalBase, listHref }: Props) {
  const router = useRouter()
  const [state, dispatch, pending] = useActionState(saveReview, initialActionState as ActionResult<{ next: string | null }>)
  const [withdrawState, withdrawDispatch, withdrawing] = useActionState(withdrawReview, initialActionState)
  const [scores, setScores] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(Object.entries(mine?.scores ?? {}).map(([k, v]) => [k, String(v)])),
    overall: mine?.overall ? String(mine.overall) : '',
  }))
  const [announcement, setAnnouncement] = useState('')
  const intent = useRef<'save' | 'next'>('save')
  const formRef = useRef<HTMLFormElement>(null)
  const disabled = Boolean(closedMessage)

  useEffect(() => {
    if (!state.ok || !state.data || intent.current !== 'next') return
    intent.current = 'save'
    router.push(state.data.next ? `${proposalBase}/${state.data.next}?from=${proposalId}` : `${listHref}?done=1`)
  }, [state, router, proposalBase, proposalId, listHref])

  const submit = (which: 'save' | 'next') => {
    intent.current = which
    const form = formRef.current
    if (!form) return
    const data = new FormData(form)
    startTransition(() => dispatch(data))
  }

  const choose = (criterion: { id: string; label: string }, value: string) => {
    setScores((s) => ({ ...s, [criterion.id]: value }))
    setAnnouncement(`${criterion.label}: ${value}`)
  }

  /** A digit on a focused criterion picks that score (0 gives 10 on a scale to 10), as in HotCRP. */
  const onGroupKey = (criterion: Criterion) => (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const n = scoreForKey(event.key, criterion.minScore, criterion.maxScore)
    if (n === null) return
    event.preventDefault()
    choose(criterion, String(n))
    const radio = event.currentTarget.querySelector<HTMLInputElement>(`input[value="${n}"]`)
    radio?.focus()
  }

  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      if (!disabled) submit('save')
    }
  }

  const errors = (key: string) => (!state.ok ? state.fieldErrors?.[key] : undefined)

  const group = (criterion: Criterion) => {
    const key = criterion.id === 'overall' ? 'overall' : `score.${criterion.id}`
    const fieldErrors = errors(key)
    const describedBy = [criterion.description ? `${key}-hint` : null, fieldErrors ? `${key}-error` : null].filter(Boolean).join(' ') || undefined
    return (
      <fieldset
        key={criterion.id}
        className="rounded-md border border-stone-200 p-3"
        aria-describedby={describedBy}
        aria-invalid={fieldErrors ? true : undefined}
        onKeyDown={onGroupKey(criterion)}
        data-criterion
      >
        <legend className="px-1 text-sm font-semibold text-stone-900">{criterion.label}</legend>
        {criterion.description ? (
          <p id={`${key}-hint`} className="mb-2 text-sm text-stone-600">
            {criterion.description}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-1">
          {range(criterion.minScore, criterion.maxScore).map((n) => (
            <label key={n} className="cursor-pointer">
              <input
                type="radio"
                name={key}
                value={n}
                checked={scores[criterion.id] === String(n)}
                onChange={() => choose(criterion, String(n))}
                disabled={disabled}
                className="peer sr-only"
              />
              <span className="inline-flex h-10 w-10 items-center justify-center rounded-md border border-stone-300 bg-white font-medium text-stone-800 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 peer-disabled:opacity-60">
                {n}
              </span>
            </label>
          ))}
        </div>
        {fieldErrors ? (
          <p id={`${key}-error`} className="mt-1 text-sm font-medium text-red-700">
            {fieldErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>
    )
  }

  return (
    <section aria-labelledby="review-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="review-heading" className="mb-1 text-xl font-semibold">
        Your review
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        {mine ? 'You reviewed this proposal; you can change or withdraw your review.' : 'Not reviewed by you yet.'} Press{' '}
        <kbd className="rounded border border-stone-300 px-1">?</kbd> for keyboard shortcuts.
      </p>
      {closedMessage ? (
        <p role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {closedMessage}
        </p>
      ) : null}
      <form
        ref={formRef}
        onKeyDown={onFormKey}
        onSubmit={(event) => {
          event.preventDefault()
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
          submit(submitter?.value === 'next' ? 'next' : 'save')
        }}
        className="space-y-3"
      >
        <input type="hidden" name="proposalId" value={proposalId} />
        {criteria.map(group)}
        {group(OVERALL)}
        <label className="flex items-center gap-2">
          <input type="checkbox" name="willingToMentor" defaultChecked={mine?.willing ?? false} disabled={disabled} className="h-5 w-5" />
          <span>I am willing to mentor this</span>
        </label>
        <FormMessage state={state} />
        <div className="flex flex-wrap gap-2">
          <button type="submit" value="save" disabled={disabled || pending} className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60">
            {pending && intent.current === 'save' ? 'Saving…' : 'Save'}
          </button>
          <button type="submit" value="next" disabled={disabled || pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {pending && intent.current === 'next' ? 'Saving…' : 'Save and next'}
          </button>
        </div>
      </form>
      {mine && !disabled ? (
        <form action={withdrawDispatch} className="mt-3 border-t border-stone-100 pt-3">
          <input type="hidden" name="proposalId" value={proposalId} />
          <button type="submit" disabled={withdrawing} className="text-sm font-medium text-red-700 underline underline-offset-2">
            Withdraw my review
          </button>
          <div className="mt-2">
            <FormMessage state={withdrawState} />
          </div>
        </form>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  )
}
