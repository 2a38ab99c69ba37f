'use client'
// The confirm button of /me/email/<token>. It stays mounted after confirming, so the outcome stays on screen
// although the session has ended by then.
import Link from 'next/link'
import { useActionState } from 'react'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { confirmEmailChange } from '@/lib/users/actions'
import { FormMessage, SubmitButton } from '../ui/form'

export function ConfirmEmailChangePanel({
  token,
  pending,
  current,
  signIn,
  refusal,
}: {
  token: string
  pending: { email: string; expires: string } | null
  current: string | null
  /** Where to sign in when nobody is signed in; null otherwise. */
  signIn: string | null
  refusal: string | null
}) {
  const [state, action] = useActionState(confirmEmailChange, initialActionState as ActionResult<{ email: string }>)
  if (state.ok && state.data) {
    return (
      <div role="status" className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
        <p className="font-semibold">{state.message}</p>
        <p>
          <Link href="/signin?callbackUrl=%2Fme%2Fprofile" className="font-medium text-brand-700 underline underline-offset-2">
            Sign in
          </Link>
        </p>
      </div>
    )
  }
  if (signIn) {
    return (
      <div className="space-y-3">
        <p>Sign in to the account that asked for this change to confirm it. You come back to this page afterwards.</p>
        <p>
          <Link href={signIn} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Sign in to confirm
          </Link>
        </p>
      </div>
    )
  }
  if (refusal || !pending) {
    return <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">{refusal}</p>
  }
  return (
    <form action={action} className="space-y-4">
      <p>
        Use <strong className="break-words">{pending.email}</strong> as your e-mail address{current ? <> instead of <span className="break-words">{current}</span></> : null}?
        Sign-in links and the organization’s mail then go there. The link is valid until {pending.expires}.
      </p>
      <p className="text-sm text-stone-600">For your safety, confirming signs you out on every device; you sign in again afterwards.</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…">Confirm {pending.email}</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
