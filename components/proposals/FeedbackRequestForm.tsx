'use client'
// "Ask mentors for feedback" on a draft: the draft joins the mentors' feedback queue; their shared comments
// appear on this page. It is never scored and does not count as an application.
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { requestFeedback } from '@/lib/proposals/feedback-actions'

export function FeedbackRequestForm({ proposalId, state: status }: { proposalId: string; state: 'none' | 'pending' | 'done' }) {
  const { state, formProps } = useFormAction(requestFeedback)
  return (
    <section aria-labelledby="feedback-request-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="feedback-request-heading" className="mb-1 text-lg font-semibold">
        Feedback from the mentors
      </h2>
      {status === 'pending' ? (
        <p className="text-stone-700">You asked the mentors for feedback on this draft. Their comments will appear on this page.</p>
      ) : (
        <form {...formProps} className="space-y-2">
          <p className="text-stone-700">
            {status === 'done' ? 'A mentor answered your request. You can ask again after changing the draft.' : 'Before you submit, you can ask the mentors to read this draft and comment. It is not scored.'}
          </p>
          <input type="hidden" name="proposalId" value={proposalId} />
          <SubmitButton variant="secondary" pendingLabel="Asking…">
            Ask mentors for feedback
          </SubmitButton>
          <FormMessage state={state} />
        </form>
      )}
    </section>
  )
}
