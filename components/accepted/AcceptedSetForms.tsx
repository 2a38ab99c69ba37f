'use client'
// The accepted-set page's forms: solve, confirm, a proposal's mentors, take a proposal in or out, students lost to
// other organizations, and the demo's replay. Several forms per page: their controls carry per-row ids.
import type { ReactNode } from 'react'
import { Field, FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { confirmAcceptedSet, editDraft, recordLostStudent, removeLostStudent, replayDecisions, solveDraft } from '@/lib/accepted/actions'
import { LIMITS } from '@/lib/accepted/schema'
import type { ActionResult } from '@/lib/actions'

type Mentor = { id: string; name: string; capacity: number; free?: boolean }

function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  )
}

/** A labelled select whose id is unique on the page (`idPrefix`, per row), with its errors from the last submission. */
function RowSelect({ idPrefix, name, label, state, children, defaultValue }: { idPrefix: string; name: string; label: ReactNode; state: ActionResult<unknown>; children: ReactNode; defaultValue: string }) {
  return (
    <Field name={name} label={label} state={state} idPrefix={idPrefix} className="min-w-0">
      {(props) => (
        <select {...props} defaultValue={defaultValue} className={inputClass}>
          {children}
        </select>
      )}
    </Field>
  )
}

export function SolveForm({ seasonId, version, slots, hasDraft }: { seasonId: string; version: number; slots: number; hasDraft: boolean }) {
  const { state, formProps } = useFormAction(solveDraft)
  return (
    <form {...formProps} className="space-y-2">
      <Hidden fields={{ seasonId, version }} />
      <SubmitButton variant={hasDraft ? 'secondary' : 'primary'} pendingLabel="Solving…">
        {hasDraft ? `Solve again for ${slots} slots (drops hand edits)` : `Solve for ${slots} slots`}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}

/** `label` says what a confirm does now: the first one, the changes since, or nothing (already confirmed). */
export function ConfirmForm({ seasonId, version, label, primary }: { seasonId: string; version: number; label: string; primary: boolean }) {
  const { state, formProps } = useFormAction(confirmAcceptedSet)
  return (
    <form {...formProps} className="space-y-2">
      <Hidden fields={{ seasonId, version }} />
      <SubmitButton variant={primary ? 'primary' : 'secondary'} pendingLabel="Confirming…">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}

export function MentorsForm({ seasonId, version, proposalId, title, mentors, primary, backup }: { seasonId: string; version: number; proposalId: string; title: string; mentors: Mentor[]; primary: string; backup: string | null }) {
  const { state, formProps } = useFormAction(editDraft)
  const options = mentors.some((m) => m.id === primary) ? mentors : [{ id: primary, name: 'A mentor no longer willing', capacity: 0 }, ...mentors]
  return (
    <form {...formProps} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <Hidden fields={{ seasonId, version, proposalId, op: 'mentors' }} />
      <RowSelect idPrefix={`primary-${proposalId}`} name="primaryMentorId" label="Primary mentor" state={state} defaultValue={primary}>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} (takes {m.capacity})
          </option>
        ))}
      </RowSelect>
      <RowSelect idPrefix={`backup-${proposalId}`} name="backupMentorId" label="Backup mentor" state={state} defaultValue={backup ?? ''}>
        <option value="">None</option>
        {mentors.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </RowSelect>
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        Save mentors<span className="sr-only"> of “{title}”</span>
      </SubmitButton>
      {!state.ok || state.message ? (
        <div className="sm:col-span-3">
          <FormMessage state={state} />
        </div>
      ) : null}
    </form>
  )
}

export function RemoveForm({ seasonId, version, proposalId, title }: { seasonId: string; version: number; proposalId: string; title: string }) {
  const { state, formProps } = useFormAction(editDraft)
  return (
    <form {...formProps} className="space-y-2">
      <Hidden fields={{ seasonId, version, proposalId, op: 'remove' }} />
      <SubmitButton variant="secondary" pendingLabel="Taking out…">
        Take out<span className="sr-only"> “{title}”</span>
      </SubmitButton>
      {!state.ok ? <FormMessage state={state} /> : null}
    </form>
  )
}

export function AddForm({ seasonId, version, proposalId, title, mentors }: { seasonId: string; version: number; proposalId: string; title: string; mentors: Mentor[] }) {
  const { state, formProps } = useFormAction(editDraft)
  const first = mentors.find((m) => m.free) ?? mentors[0]
  return (
    <form {...formProps} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
      <Hidden fields={{ seasonId, version, proposalId, op: 'add' }} />
      <RowSelect idPrefix={`add-${proposalId}`} name="primaryMentorId" label="Primary mentor" state={state} defaultValue={first?.id ?? ''}>
        {mentors.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
            {m.free ? '' : ' (full)'}
          </option>
        ))}
      </RowSelect>
      <SubmitButton variant="secondary" pendingLabel="Taking in…">
        Take in<span className="sr-only"> “{title}”</span>
      </SubmitButton>
      {!state.ok ? (
        <div className="sm:col-span-2">
          <FormMessage state={state} />
        </div>
      ) : null}
    </form>
  )
}

export function LostStudentForm({ seasonId, students }: { seasonId: string; students: { id: string; name: string }[] }) {
  const { state, formProps } = useFormAction(recordLostStudent, { resetOnSuccess: true })
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
      <Hidden fields={{ seasonId }} />
      <Field name="studentId" label="Student" state={state}>
        {(props) => (
          <select {...props} className={inputClass} defaultValue="">
            <option value="">Choose a student</option>
            {students.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="note" type="text" label="Note" maxLength={LIMITS.note} state={state} hint="E.g. which organization, as Google reported it." />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Recording…">Record the student as lost</SubmitButton>
      </div>
    </form>
  )
}

export function RemoveLostButton({ id, label }: { id: string; label: string }) {
  const { state, formProps } = useFormAction(removeLostStudent)
  return (
    <form {...formProps}>
      <Hidden fields={{ lostStudentId: id }} />
      <SubmitButton variant="secondary">
        Remove<span className="sr-only"> {label}</span>
      </SubmitButton>
      {!state.ok ? <FormMessage state={state} /> : null}
    </form>
  )
}

export function ReplayForm({ seasonId }: { seasonId: string }) {
  const { state, formProps } = useFormAction(replayDecisions)
  return (
    <form {...formProps} className="space-y-2">
      <Hidden fields={{ seasonId }} />
      <SubmitButton variant="danger" pendingLabel="Resetting…">
        Replay the 2011 decisions
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
