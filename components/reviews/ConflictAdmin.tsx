'use client'
// The admin's conflict forms: record one between a mentor (or admin) and a proposal or a student, and remove one.
import { Field, FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { recordConflict, removeConflict } from '@/lib/reviews/actions'
import { LIMITS } from '@/lib/reviews/schema'

type Option = { id: string; label: string }

export function RecordConflictForm({ seasonId, staff, students, proposals }: { seasonId: string; staff: Option[]; students: Option[]; proposals: Option[] }) {
  const { state, formProps } = useFormAction(recordConflict)
  const select = (name: string, label: string, options: Option[], empty: string, hint?: string) => (
    <Field name={name} label={label} state={state} hint={hint}>
      {(props) => (
        <select {...props} className={inputClass} defaultValue="">
          <option value="">{empty}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  return (
    <form {...formProps} className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="seasonId" value={seasonId} />
      {select('mentorId', 'Mentor or admin', staff, 'Choose a person')}
      {select('proposalId', 'One proposal', proposals, 'None', 'Choose a proposal or a student, not both.')}
      {select('studentId', 'Or a student (all their proposals)', students, 'None')}
      <Field name="note" type="text" label="Note" maxLength={LIMITS.note} state={state} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Recording…">Record the conflict</SubmitButton>
      </div>
    </form>
  )
}

export function RemoveConflictButton({ conflictId, label }: { conflictId: string; label: string }) {
  const { state, formProps } = useFormAction(removeConflict)
  return (
    <form {...formProps}>
      <input type="hidden" name="conflictId" value={conflictId} />
      <SubmitButton variant="secondary">
        Remove<span className="sr-only"> the conflict of {label}</span>
      </SubmitButton>
      {!state.ok ? <FormMessage state={state} /> : null}
    </form>
  )
}
