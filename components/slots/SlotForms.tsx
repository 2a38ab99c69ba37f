'use client'
// The admin's slot forms: file the organization's slot request, record the number of slots granted.
import { Field, FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { recordSlotAllocation, requestSlots } from '@/lib/slots/actions'
import { LIMITS, MAX_SLOTS } from '@/lib/slots/schema'

export function RequestSlotsForm({ seasonId, closedMessage }: { seasonId: string; closedMessage: string | null }) {
  const { state, formProps } = useFormAction(requestSlots, { resetOnSuccess: true })
  return (
    <form {...formProps} aria-labelledby="request-heading" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="seasonId" value={seasonId} />
      {closedMessage ? <p className="text-sm text-stone-700 sm:col-span-2">{closedMessage}</p> : null}
      <Field name="minSlots" label="At least (slots)" type="number" inputMode="numeric" required state={state} />
      <Field name="maxSlots" label="At most (slots)" type="number" inputMode="numeric" required state={state} />
      <Field name="justification" label="Justification" state={state} className="sm:col-span-2" hint="Why the organization asks for these numbers: strong proposals, committed mentors.">
        {(props) => <textarea {...props} rows={3} maxLength={LIMITS.justification} className={inputClass} />}
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Filing…">File the slot request</SubmitButton>
      </div>
    </form>
  )
}

export function RecordAllocationForm({ seasonId }: { seasonId: string }) {
  const { state, formProps } = useFormAction(recordSlotAllocation, { resetOnSuccess: true })
  return (
    <form {...formProps} aria-labelledby="grant-heading" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="seasonId" value={seasonId} />
      <Field name="granted" label="Slots granted" type="number" inputMode="numeric" required state={state} hint={`A whole number from 0 to ${MAX_SLOTS.toLocaleString('en')}.`} />
      <Field name="note" label="Note" type="text" maxLength={LIMITS.note} state={state} hint="Optional, e.g. where the number was announced." />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Recording…">Record the slots granted</SubmitButton>
      </div>
    </form>
  )
}
