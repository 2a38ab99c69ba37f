'use client'
// Writes the held letters from the confirmed decisions (as confirming does): after the templates changed, or
// when the decisions were recorded another way.
import { stageSeasonLetters } from '@/lib/letters/actions'
import { useFormAction } from '@/components/ui/useFormAction'
import { FormMessage, SubmitButton } from '../ui/form'

export function StageLettersForm({ seasonId, label }: { seasonId: string; label: string }) {
  const { state, formProps } = useFormAction(stageSeasonLetters)
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="seasonId" value={seasonId} />
      <SubmitButton variant="secondary" pendingLabel="Writing…">
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
