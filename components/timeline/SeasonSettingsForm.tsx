'use client'
import { updateSeasonSettings } from '@/lib/seasons/actions'
import { useFormAction } from '@/components/ui/useFormAction'
import { Field, FormMessage, SubmitButton, inputClass } from '../ui/form'

/** How many proposals a student may submit, and whether they may propose a topic of their own. */
export function SeasonSettingsForm({ seasonId, maxProposalsPerStudent, allowOwnTopics }: { seasonId: string; maxProposalsPerStudent: number; allowOwnTopics: boolean }) {
  const { state, formProps } = useFormAction(updateSeasonSettings)
  const ownTopicErrors = !state.ok ? state.fieldErrors?.allowOwnTopics : undefined
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="seasonId" value={seasonId} />
      <Field name="maxProposalsPerStudent" label="Proposals per student" state={state} hint="How many proposals one student may submit this season (1 to 10).">
        {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={10} step={1} required defaultValue={maxProposalsPerStudent} className={`${inputClass} max-w-32`} />}
      </Field>
      <div>
        <div className="flex items-start gap-2">
          <input
            id="field-allowOwnTopics"
            name="allowOwnTopics"
            type="checkbox"
            defaultChecked={allowOwnTopics}
            aria-describedby={`field-allowOwnTopics-hint${ownTopicErrors?.length ? ' field-allowOwnTopics-error' : ''}`}
            className="mt-1 size-4"
          />
          <label htmlFor="field-allowOwnTopics" className="font-medium text-stone-800">
            Students may propose their own topics
          </label>
        </div>
        <p id="field-allowOwnTopics-hint" className="ml-6 mt-1 text-sm text-stone-600">
          Otherwise every proposal must be for one of the season’s ideas.
        </p>
        {ownTopicErrors?.length ? (
          <p id="field-allowOwnTopics-error" className="ml-6 mt-1 text-sm font-medium text-red-700">
            {ownTopicErrors.join(' ')}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
