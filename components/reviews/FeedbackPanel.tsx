'use client'
// For a draft whose student asked for feedback: who took the request, and the buttons to take it or mark it
// done. The comments themselves go through the comment form below the proposal.
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { updateFeedback } from '@/lib/reviews/actions'

type Props = { proposalId: string; requestedAt: string; takenBy: { mine: boolean; name: string } | null; done: boolean }

export function FeedbackPanel({ proposalId, requestedAt, takenBy, done }: Props) {
  const { state, formProps } = useFormAction(updateFeedback)
  const step = !takenBy ? 'take' : takenBy.mine && !done ? 'done' : null
  return (
    <section aria-labelledby="feedback-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="feedback-heading" className="mb-1 text-xl font-semibold">
        Feedback requested
      </h2>
      <p className="mb-3 text-sm text-stone-700">
        This is a draft: the student asked for feedback on {requestedAt}. Leave comments shared with the student below. Drafts are never scored.
      </p>
      <p className="mb-3 text-sm font-medium">{done ? 'Done.' : takenBy ? `Taken by ${takenBy.mine ? 'you' : takenBy.name}.` : 'Nobody has taken it yet.'}</p>
      {step ? (
        <form {...formProps} className="space-y-2">
          <input type="hidden" name="proposalId" value={proposalId} />
          <input type="hidden" name="step" value={step} />
          <SubmitButton variant={step === 'take' ? 'primary' : 'secondary'}>{step === 'take' ? 'Take this request' : 'Mark the feedback done'}</SubmitButton>
        </form>
      ) : null}
      <div className="mt-2">
        <FormMessage state={state} />
      </div>
    </section>
  )
}
