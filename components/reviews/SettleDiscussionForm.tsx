'use client'
// The disagreement queue on the reviewer's proposal page: admins settle a proposal "to discuss" with a note on
// what the mentors agreed; everyone with full access sees that it is to discuss, or how it was settled.
import { Field, FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { settleDiscussion } from '@/lib/reviews/actions'
import { LIMITS } from '@/lib/reviews/schema'

export function SettleDiscussionForm({ proposalId }: { proposalId: string }) {
  const { state, formProps } = useFormAction(settleDiscussion)
  if (state.ok && state.message) return <FormMessage state={state} />
  return (
    <form {...formProps} className="mt-3 space-y-3">
      <input type="hidden" name="proposalId" value={proposalId} />
      <Field name="discussionNote" label="What did the mentors agree on?" hint="Shown to the mentors who reviewed it. The proposal leaves the “to discuss” queue." state={state}>
        {(props) => <textarea {...props} rows={3} maxLength={LIMITS.note} required className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Settling…">Mark settled</SubmitButton>
    </form>
  )
}
