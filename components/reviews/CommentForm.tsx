'use client'
// A new comment on a proposal under review: Markdown with a preview, kept among the mentors or shared with the
// student. The field empties after a successful post and keeps its text after a refused one.
import { useEffect, useState } from 'react'
import { MarkdownField } from '@/components/MarkdownField'
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { useFormAction } from '@/components/ui/useFormAction'
import { addComment } from '@/lib/reviews/actions'
import { LIMITS } from '@/lib/reviews/schema'

export function CommentForm({ proposalId }: { proposalId: string }) {
  const { state, formProps } = useFormAction(addComment)
  const [body, setBody] = useState('')
  useEffect(() => {
    if (state.ok && state.message) setBody('')
  }, [state])
  const visibilityError = !state.ok ? state.fieldErrors?.visibility : undefined
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="proposalId" value={proposalId} />
      <MarkdownField name="body" label="Your comment" rows={5} maxLength={LIMITS.comment} state={state} value={body} onChange={setBody} />
      <fieldset aria-describedby={visibilityError ? 'visibility-error' : undefined}>
        <legend className="text-sm font-medium text-stone-800">Who may read it</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          <label className="flex items-center gap-2">
            <input type="radio" name="visibility" value="MENTORS" defaultChecked className="h-4 w-4" />
            Mentors and admins only
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="visibility" value="SHARED" className="h-4 w-4" />
            Also the student (shown without your name)
          </label>
        </div>
        {visibilityError ? (
          <p id="visibility-error" className="mt-1 text-sm font-medium text-red-700">
            {visibilityError.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
    </form>
  )
}
