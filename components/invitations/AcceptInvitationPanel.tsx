'use client'
// The accept button of /invitations/<token>. It stays mounted when the page re-renders after accepting
// (the page then knows the link is used), so the success message remains on screen while the new mentor is
// taken on to their mentor area, where their work in the season starts.
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useActionState, useEffect } from 'react'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { acceptInvitation } from '@/lib/invitations/actions'
import { FormMessage, SubmitButton } from '../ui/form'

type Accepted = { seasonSlug: string; seasonTitle: string }

export function AcceptInvitationPanel({
  token,
  refusal,
  season,
}: {
  token: string
  /** Why this person may not accept (already used, expired, ...), or null when they may. */
  refusal: string | null
  season: { slug: string; title: string } | null
}) {
  const [state, action] = useActionState(acceptInvitation, initialActionState as ActionResult<Accepted>)
  const router = useRouter()
  const mentorArea = state.ok && state.data ? `/seasons/${state.data.seasonSlug}/mentor/ideas` : null
  useEffect(() => {
    if (mentorArea) router.push(`${mentorArea}?welcome=1`)
  }, [mentorArea, router])
  if (state.ok && state.data && mentorArea) {
    return (
      <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
        <p className="text-lg font-semibold">{state.message}</p>
        <p className="mt-2">
          <Link href={mentorArea} className="font-medium text-brand-700 underline underline-offset-2">
            Go to your mentor area in {state.data.seasonTitle}
          </Link>
        </p>
      </div>
    )
  }
  if (refusal) {
    return (
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
        <p>{refusal}</p>
        {season ? (
          <p className="mt-2">
            <Link href={`/seasons/${season.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
              Go to {season.title}
            </Link>
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Accepting…">Accept invitation</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
