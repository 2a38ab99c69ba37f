'use client'
// The admins' rubric editor: one form per criterion (label, description, score range, weight) with move up,
// move down and remove, and a form to add one. Every control works by keyboard; errors show beside their field.
import { useEffect, useRef } from 'react'
import { useFormAction } from '@/components/ui/useFormAction'
import { Field, FormMessage, SubmitButton, inputClass } from '@/components/ui/form'
import { moveCriterion, removeCriterion, saveCriterion } from '@/lib/rubric/actions'
import { RUBRIC_LIMITS } from '@/lib/rubric/schema'

type Criterion = { id: string; label: string; description: string; minScore: number; maxScore: number; weight: number }

function CriterionFields({ prefix, state, criterion }: { prefix: string; state: ReturnType<typeof useFormAction>['state']; criterion?: Criterion }) {
  return (
    <>
      <Field idPrefix={prefix} name="label" label="Label" state={state} type="text" required maxLength={RUBRIC_LIMITS.label} defaultValue={criterion?.label ?? ''} />
      <Field idPrefix={prefix} name="description" label="Description (optional)" state={state} hint="Shown to reviewers under the label: what to look for.">
        {(props) => <textarea {...props} rows={2} maxLength={RUBRIC_LIMITS.description} defaultValue={criterion?.description ?? ''} className={inputClass} />}
      </Field>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Field idPrefix={prefix} name="minScore" label="Lowest score" state={state} type="number" inputMode="numeric" min={1} max={10} step={1} required defaultValue={criterion?.minScore ?? 1} />
        <Field idPrefix={prefix} name="maxScore" label="Highest score" state={state} type="number" inputMode="numeric" min={1} max={10} step={1} required defaultValue={criterion?.maxScore ?? 5} />
        <Field idPrefix={prefix} name="weight" label="Weight" state={state} hint="How much it counts in a review’s weighted criteria score (beside each review)." type="number" inputMode="decimal" min={0.01} max={10} step={0.01} required defaultValue={criterion?.weight ?? 1} />
      </div>
    </>
  )
}

function CriterionCard({ seasonId, criterion, index, count }: { seasonId: string; criterion: Criterion; index: number; count: number }) {
  const edit = useFormAction(saveCriterion)
  const moveUp = useFormAction(moveCriterion)
  const moveDown = useFormAction(moveCriterion)
  const remove = useFormAction(removeCriterion)
  const headingId = `criterion-${criterion.id}-heading`
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  // After a move the card is elsewhere in the list: keep focus on its move buttons (the other one at the ends),
  // so a keyboard user can press again.
  useEffect(() => {
    if (moveUp.state.ok && moveUp.state.message) (index === 0 ? downRef : upRef).current?.focus()
  }, [moveUp.state])
  useEffect(() => {
    if (moveDown.state.ok && moveDown.state.message) (index === count - 1 ? upRef : downRef).current?.focus()
  }, [moveDown.state])
  const moved = [moveUp.state, moveDown.state].find((state) => state.ok && state.message)
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="mb-3 text-lg font-semibold [overflow-wrap:anywhere]">
        {index + 1}. {criterion.label}
      </h3>
      <form {...edit.formProps} className="space-y-3">
        <input type="hidden" name="seasonId" value={seasonId} />
        <input type="hidden" name="criterionId" value={criterion.id} />
        <CriterionFields prefix={`criterion-${criterion.id}`} state={edit.state} criterion={criterion} />
        <SubmitButton pendingLabel="Saving…" aria-label={`Save “${criterion.label}”`}>
          Save
        </SubmitButton>
        <FormMessage state={edit.state} />
      </form>
      <div className="mt-3 flex flex-wrap gap-2 border-t border-stone-200 pt-3">
        <form {...moveUp.formProps}>
          <input type="hidden" name="criterionId" value={criterion.id} />
          <input type="hidden" name="direction" value="up" />
          <SubmitButton ref={upRef} variant="secondary" disabled={index === 0} aria-label={`Move “${criterion.label}” up`}>
            <span aria-hidden="true">↑</span> Up
          </SubmitButton>
        </form>
        <form {...moveDown.formProps}>
          <input type="hidden" name="criterionId" value={criterion.id} />
          <input type="hidden" name="direction" value="down" />
          <SubmitButton ref={downRef} variant="secondary" disabled={index === count - 1} aria-label={`Move “${criterion.label}” down`}>
            <span aria-hidden="true">↓</span> Down
          </SubmitButton>
        </form>
        <form {...remove.formProps}>
          <input type="hidden" name="criterionId" value={criterion.id} />
          <SubmitButton variant="danger" aria-label={`Remove “${criterion.label}”`}>
            Remove
          </SubmitButton>
        </form>
      </div>
      <p role="status" className="sr-only">
        {moved && moved.ok ? moved.message : ''}
      </p>
      {[moveUp.state, moveDown.state, remove.state].map((state, i) => (!state.ok ? <div key={i} className="mt-2"><FormMessage state={state} /></div> : null))}
    </li>
  )
}

function AddCriterionForm({ seasonId }: { seasonId: string }) {
  const add = useFormAction(saveCriterion, { resetOnSuccess: true })
  return (
    <form {...add.formProps} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="add-criterion-heading">
      <h2 id="add-criterion-heading" className="text-xl font-semibold">
        Add a criterion
      </h2>
      <input type="hidden" name="seasonId" value={seasonId} />
      <CriterionFields prefix="new-criterion" state={add.state} />
      <SubmitButton pendingLabel="Adding…">Add the criterion</SubmitButton>
      <FormMessage state={add.state} />
    </form>
  )
}

export function RubricEditor({ seasonId, criteria }: { seasonId: string; criteria: Criterion[] }) {
  // Move and remove messages on success: one polite line for the whole list, since the card may have moved.
  return (
    <div className="space-y-8">
      <section aria-labelledby="criteria-heading">
        <h2 id="criteria-heading" className="mb-3 text-xl font-semibold">
          Criteria ({criteria.length})
        </h2>
        {criteria.length ? (
          <ol className="space-y-4">
            {criteria.map((c, index) => (
              <CriterionCard key={c.id} seasonId={seasonId} criterion={c} index={index} count={criteria.length} />
            ))}
          </ol>
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No criteria yet: reviewers give an overall score only.</p>
        )}
      </section>
      <AddCriterionForm seasonId={seasonId} />
    </div>
  )
}
