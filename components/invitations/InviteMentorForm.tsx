'use client'
import { inviteMentor } from '@/lib/invitations/actions'
import { Field, FormMessage, SubmitButton, inputClass } from '../ui/form'
import { useFormAction } from '@/components/ui/useFormAction'

/** The admin's invite form: one address, mailed a single-use link valid for 7 days. */
export function InviteMentorForm({ seasonId }: { seasonId: string }) {
  const { state, formProps } = useFormAction(inviteMentor, { resetOnSuccess: true })
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="seasonId" value={seasonId} />
      <Field
        name="email"
        label="E-mail address"
        state={state}
        hint="They get a link that works once and expires in 7 days. Whoever accepts it with their account becomes a mentor."
      >
        {(props) => <input {...props} type="email" required autoComplete="off" spellCheck={false} maxLength={254} className={inputClass} />}
      </Field>
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
