'use client'
// "I have a conflict of interest with this proposal": a note, then the mentor leaves the proposal (they may no
// longer see its reviews or comments) and goes back to the list.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { Field, FormMessage, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { declareConflict } from '@/lib/reviews/actions'
import { LIMITS } from '@/lib/reviews/schema'

export function ConflictForm({ proposalId, listHref }: { proposalId: string; listHref: string }) {
  const router = useRouter()
  const { state, formProps } = useFormAction(declareConflict)
  useEffect(() => {
    if (state.ok && state.message) router.push(`${listHref}?conflict=1`)
  }, [state, router, listHref])
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Declare a conflict of interest</summary>
      <form {...formProps} className="mt-3 space-y-3">
        <input type="hidden" name="proposalId" value={proposalId} />
        <Field name="note" label="What is the conflict?" type="text" hint="For the admins, e.g. “my student at university”. Your review of it, if any, is withdrawn." maxLength={LIMITS.note} state={state} />
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingLabel="Declaring…">
          Declare the conflict
        </SubmitButton>
      </form>
    </details>
  )
}
