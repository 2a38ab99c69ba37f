'use client'
// The proposal editor. Nothing typed is lost: every change is copied to this browser at once and saved to the
// server a second after typing stops, when the page is hidden or left, and before submitting. All writes go
// through one queue, so a save, a submit and a withdrawal never overtake each other, and each carries the
// version it was based on (a stale tab is refused instead of overwriting newer text).
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react'
import { MarkdownField } from '@/components/MarkdownField'
import { Field, inputClass } from '@/components/ui/form'
import type { ProposalStatus } from '@/generated/prisma/enums'
import { initialActionState, type ActionResult, type FieldErrors } from '@/lib/actions'
import { saveProposal, submitProposal, withdrawProposal } from '@/lib/proposals/actions'
import { LIMITS } from '@/lib/proposals/schema'
import { WithdrawButton } from './WithdrawButton'
import { localCopyIsNewer, readLocalDraft, removeLocalDraft, writeLocalDraft, type ProposalFields } from './local-draft'

type Saved = { id: string; status: ProposalStatus; updatedAt: string }
type SaveState = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'failed'; message: string }
type Notice = { tone: 'success' | 'error' | 'info'; text: string }

type Props = {
  /** updatedAt: the version saves are checked against; changedAt: the last change the student is shown. */
  proposal: { id: string; status: ProposalStatus; updatedAt: string; changedAt: string; fields: ProposalFields }
  timeZone: string
  /** The app's clock when the page was rendered (ISO): times this editor writes and shows follow it, not the device's. */
  now: string
  /** The deadline, already formatted with its zone. */
  deadline: string
  /** The student's other applications in the season, and the season's cap. */
  cap: { others: number; max: number }
}

const AUTOSAVE_DELAY = 1000
const RETRY_DELAY = 10_000
const UNREACHABLE = 'The server could not be reached.'

function toForm(proposalId: string, version: string, fields: ProposalFields): FormData {
  const form = new FormData()
  form.set('proposalId', proposalId)
  form.set('version', version)
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  return form
}

function clockAt(iso: string | number, timeZone: string, today: number): string {
  const date = new Date(iso)
  const zoned = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone, ...options }).format(date)
  const time = zoned({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const sameDay = zoned({ dateStyle: 'short' }) === new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short' }).format(today)
  return sameDay ? `at ${time}` : `on ${zoned({ day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`
}

export function ProposalEditor({ proposal, timeZone, now, deadline, cap }: Props) {
  const router = useRouter()
  // The app's clock on this device: the device's time shifted by how far the app's clock was from it at load
  // (in the demo it may be pinned years back), so the browser's copy and "Saved at" use the server's times.
  const [skew] = useState(() => Date.parse(now) - Date.now())
  const appNow = useCallback(() => Date.now() + skew, [skew])
  const clock = (iso: string | number, zone: string) => clockAt(iso, zone, appNow())
  const [fields, setFields] = useState(proposal.fields)
  const [status, setStatus] = useState(proposal.status)
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: proposal.changedAt })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<Notice | null>(null)
  const [busy, setBusy] = useState<'submit' | 'withdraw' | null>(null)

  const fieldsRef = useRef(proposal.fields)
  const versionRef = useRef(proposal.updatedAt)
  const changes = useRef(0) // bumped on every change
  const saved = useRef(0) // the value of `changes` the server last accepted
  const storageOk = useRef(true)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const bar = useRef<HTMLDivElement>(null)

  const keepLocally = useCallback(() => {
    storageOk.current = writeLocalDraft(proposal.id, { fields: fieldsRef.current, changedAt: appNow(), version: versionRef.current })
  }, [appNow, proposal.id])

  const schedule = useCallback((delay: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(run, delay)
  }, [])

  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task)
    queue.current = next.catch(() => undefined)
    return next
  }, [])

  /** After the server accepted the text as it was at change number `sent`. */
  const accepted = useCallback(
    (sent: number, data: Saved) => {
      versionRef.current = data.updatedAt
      saved.current = Math.max(saved.current, sent)
      setStatus(data.status)
      setErrors({})
      if (changes.current === sent) {
        removeLocalDraft(proposal.id)
        setSave({ kind: 'saved', at: data.updatedAt })
      } else {
        keepLocally() // still unsaved text, now based on the new version
      }
    },
    [keepLocally, proposal.id],
  )

  const refused = useCallback(
    (result: Extract<ActionResult, { ok: false }>) => {
      setErrors(result.fieldErrors ?? {})
      // Applications closed meanwhile, or the proposal is gone: show the page as it now is (read-only).
      if (result.error === 'closed' || result.error === 'not_found' || result.error === 'unauthenticated') router.refresh()
    },
    [router],
  )

  // Not queued itself: queued tasks call it.
  const saveTask = useCallback(async (): Promise<boolean> => {
    const sent = changes.current
    if (sent === saved.current) return true
    setSave({ kind: 'pending' })
    let result: ActionResult<Saved>
    try {
      result = await saveProposal(initialActionState, toForm(proposal.id, versionRef.current, fieldsRef.current))
    } catch {
      setSave({ kind: 'failed', message: UNREACHABLE })
      schedule(RETRY_DELAY, () => void enqueue(saveTask))
      return false
    }
    if (result.ok) {
      accepted(sent, result.data!)
      return true
    }
    setSave({ kind: 'failed', message: result.message })
    refused(result)
    // Over the autosave limit (several tabs, a stuck key): try again once it has refilled.
    if (result.error === 'rate_limited') schedule(RETRY_DELAY, () => void enqueue(saveTask))
    return false
  }, [accepted, enqueue, proposal.id, refused, schedule])

  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    return enqueue(saveTask)
  }, [enqueue, saveTask])

  function change(name: keyof ProposalFields) {
    return (value: string) => {
      fieldsRef.current = { ...fieldsRef.current, [name]: value }
      setFields(fieldsRef.current)
      changes.current += 1
      keepLocally()
      setSave((s) => (s.kind === 'failed' ? s : { kind: 'pending' }))
      schedule(AUTOSAVE_DELAY, () => void saveNow())
    }
  }

  function submit() {
    if (timer.current) clearTimeout(timer.current)
    void enqueue(async () => {
      setBusy('submit')
      setNotice(null)
      const sent = changes.current
      let result: ActionResult<Saved>
      try {
        result = await submitProposal(initialActionState, toForm(proposal.id, versionRef.current, fieldsRef.current))
      } catch {
        result = { ok: false, error: 'conflict', message: `${UNREACHABLE} Your text is kept in this browser; try again in a moment.` }
      }
      setBusy(null)
      if (result.ok) {
        accepted(sent, result.data!)
        setNotice({ tone: 'success', text: result.message ?? 'Submitted.' })
      } else {
        setNotice({ tone: 'error', text: result.message })
        refused(result)
        // The submit carried the text but was refused: keep autosaving it as a draft.
        if (changes.current !== saved.current) schedule(AUTOSAVE_DELAY, () => void saveNow())
      }
    })
  }

  function withdraw() {
    if (timer.current) clearTimeout(timer.current)
    void enqueue(async () => {
      setBusy('withdraw')
      setNotice(null)
      await saveTask() // what was typed goes in first
      let result: ActionResult<Saved>
      try {
        const form = new FormData()
        form.set('proposalId', proposal.id)
        result = await withdrawProposal(initialActionState, form)
      } catch {
        result = { ok: false, error: 'conflict', message: `${UNREACHABLE} Try again in a moment.` }
      }
      setBusy(null)
      if (result.ok) {
        versionRef.current = result.data!.updatedAt
        setStatus(result.data!.status)
        if (changes.current !== saved.current) keepLocally()
        setNotice({ tone: 'success', text: result.message ?? 'Withdrawn.' })
      } else {
        setNotice({ tone: 'error', text: result.message })
        refused(result)
      }
    })
  }

  // Reopening: a copy in this browser that is newer than the server's wins, and the student is told.
  useEffect(() => {
    const local = readLocalDraft(proposal.id)
    if (!local) return
    if (!localCopyIsNewer(local, { fields: proposal.fields, updatedAt: proposal.updatedAt })) {
      removeLocalDraft(proposal.id)
      return
    }
    fieldsRef.current = local.fields
    setFields(local.fields)
    changes.current += 1
    setNotice({
      tone: 'info',
      text: `We restored what you typed in this browser ${clock(local.changedAt, timeZone)}, which is newer than the last saved version. It is being saved now.`,
    })
    void saveNow()
    // Only when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Save when the page is hidden or left, or the network returns; warn before leaving with unsaved text.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saveNow()
    }
    const onPageHide = () => void saveNow()
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (changes.current === saved.current) return
      void saveNow()
      event.preventDefault()
      event.returnValue = ''
    }
    const onOnline = () => void saveNow() // back online: do not wait for the next retry
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('online', onOnline)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('online', onOnline)
    }
  }, [saveNow])

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])

  // The save bar covers the bottom of the window. The page keeps that much scroll padding (app/globals.css)
  // for scrolls the browser makes to show an element; focus by Tab is not one of them in Chromium, which
  // only scrolls when the field is outside the window, so keepAboveBar moves a field the bar covers.
  useEffect(() => {
    const element = bar.current
    if (!element) return
    const root = document.documentElement
    const observer = new ResizeObserver(() => root.style.setProperty('--sticky-bar-height', `${element.offsetHeight}px`))
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--sticky-bar-height')
    }
  }, [])

  function keepAboveBar(event: FocusEvent<HTMLFormElement>) {
    const target = event.target
    if (!bar.current || bar.current.contains(target)) return
    const field = target.getBoundingClientRect()
    const covered = field.bottom - bar.current.getBoundingClientRect().top
    // Its bottom above the bar, or at least its top in view when it is taller than the space left.
    if (covered > 0) window.scrollBy({ top: Math.min(covered + 8, Math.max(field.top - 8, 0)) })
  }

  const errorState: ActionResult = { ok: false, error: 'invalid', message: '', fieldErrors: errors }
  const count = (value: string, max: number) => `${value.length.toLocaleString('en')} / ${max.toLocaleString('en')} characters.`
  const submittable = status === 'DRAFT' || status === 'WITHDRAWN'
  const overCap = submittable && cap.others >= cap.max

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (submittable) submit()
        else void saveNow()
      }}
      onFocus={keepAboveBar}
      className="space-y-6"
      noValidate
    >
      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`rounded-md border p-3 ${
            notice.tone === 'error' ? 'border-red-300 bg-red-50 text-red-900' : notice.tone === 'success' ? 'border-green-300 bg-green-50 text-green-900' : 'border-sky-300 bg-sky-50 text-sky-900'
          }`}
        >
          {notice.text}
        </p>
      ) : null}

      <Field
        name="title"
        label="Title"
        type="text"
        state={errorState}
        hint={`Needed to submit. ${count(fields.title, LIMITS.title)}`}
        value={fields.title}
        onChange={(event) => change('title')(event.target.value)}
        maxLength={LIMITS.title}
        autoComplete="off"
      />

      <Field name="abstract" label="Abstract" state={errorState} hint={`Needed to submit. Plain text, no HTML: what you will build and why it matters, in a paragraph or two. ${count(fields.abstract, LIMITS.abstract)}`}>
        {(props) => (
          <textarea {...props} rows={5} maxLength={LIMITS.abstract} value={fields.abstract} onChange={(event) => change('abstract')(event.target.value)} className={inputClass} />
        )}
      </Field>

      <MarkdownField
        name="plan"
        label="Plan"
        hint="How you will do it: the approach, the parts of the code you will touch, what you have tried already."
        rows={14}
        maxLength={LIMITS.plan}
        state={errorState}
        value={fields.plan}
        onChange={change('plan')}
      />

      <MarkdownField
        name="timeline"
        label="Weekly timeline"
        hint="What you will do week by week, from the start of coding to the final evaluation."
        rows={10}
        maxLength={LIMITS.timeline}
        state={errorState}
        value={fields.timeline}
        onChange={change('timeline')}
      />

      <div className="grid gap-6 sm:grid-cols-[12rem_1fr]">
        <Field
          name="hoursPerWeek"
          label="Hours per week"
          state={errorState}
          hint={`How many hours a week you can give the project (${LIMITS.hoursMin}–${LIMITS.hoursMax}).`}
          type="number"
          inputMode="numeric"
          min={LIMITS.hoursMin}
          max={LIMITS.hoursMax}
          step={1}
          value={fields.hoursPerWeek}
          onChange={(event) => change('hoursPerWeek')(event.target.value)}
        />
        <Field name="links" label="Links" state={errorState} hint={`Up to ${LIMITS.links} web addresses, one per line: your code, patches, mailing-list posts.`}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={fields.links}
              onChange={(event) => change('links')(event.target.value)}
              spellCheck={false}
              autoCapitalize="none"
              placeholder="https://"
              className={`${inputClass} font-mono text-sm`}
            />
          )}
        </Field>
      </div>

      <p className="text-sm text-stone-600">
        {status === 'SUBMITTED'
          ? `Submitted. Your changes are saved as you type and mentors see the newest version. You can edit or withdraw it until ${deadline}.`
          : overCap
            ? `You already have ${cap.others} submitted proposals in this season, the most allowed: withdraw one to submit this.`
            : `Drafts are saved as you type and only you see them. Submitting makes this application ${cap.others + 1} of at most ${cap.max}; the deadline is ${deadline}.`}
      </p>

      {/* Stays in view while typing, so the save state is always visible. */}
      <div ref={bar} className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-stone-200 bg-white/95 px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.05)] backdrop-blur sm:mx-0 sm:rounded-md sm:border">
        <p role="status" aria-live="polite" className={`min-w-0 flex-1 basis-48 text-sm ${save.kind === 'failed' ? 'font-medium text-red-700' : 'text-stone-700'}`}>
          {save.kind === 'saved' ? <span suppressHydrationWarning>Saved {clock(save.at, timeZone)}</span> : null}
          {save.kind === 'pending' ? 'Saving…' : null}
          {save.kind === 'failed'
            ? storageOk.current
              ? `Could not save — your text is kept in this browser. ${save.message}`
              : `Could not save, and this browser cannot keep a copy: do not close this page. ${save.message}`
            : null}
        </p>
        <div className="flex flex-wrap gap-2">
          {submittable ? (
            <button type="submit" disabled={busy !== null} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {busy === 'submit' ? 'Submitting…' : status === 'WITHDRAWN' ? 'Submit again' : 'Submit proposal'}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => void saveNow()}
            disabled={busy !== null}
            className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
          >
            {submittable ? 'Save draft' : 'Save changes'}
          </button>
          {status === 'SUBMITTED' ? <WithdrawButton onConfirm={withdraw} disabled={busy !== null} busy={busy === 'withdraw'} deadline={deadline} /> : null}
        </div>
      </div>
    </form>
  )
}
