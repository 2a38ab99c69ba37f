'use client'
import Link from 'next/link'
import { generateStatusPost } from '@/lib/announcements/actions'
import { useFormAction } from '@/components/ui/useFormAction'
import { FormMessage, SubmitButton } from '../ui/form'

/** Drafts (or refreshes) the status post from today's figures, then links to it. */
export function GenerateStatusForm({ seasonId, seasonSlug }: { seasonId: string; seasonSlug: string }) {
  const { state, formProps } = useFormAction(generateStatusPost)
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="seasonId" value={seasonId} />
      <SubmitButton variant="secondary" pendingLabel="Writing…">
        Draft a status post from today’s figures
      </SubmitButton>
      <FormMessage state={state} />
      {state.ok && state.data ? (
        <p>
          <Link href={`/seasons/${seasonSlug}/admin/announcements/${state.data.id}`} className="font-medium text-brand-700 underline underline-offset-2">
            Edit and schedule the status post
          </Link>
        </p>
      ) : null}
    </form>
  )
}
