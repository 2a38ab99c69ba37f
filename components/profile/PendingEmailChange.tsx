'use client'
// "Pending confirmation for X" on the profile page, with sending the link again and cancelling the change.
import type { ActionResult } from '@/lib/actions'
import { cancelEmailChange, resendEmailChange, type EmailChangeSent } from '@/lib/users/actions'
import { FormMessage, SubmitButton } from '../ui/form'
import { useFormAction } from '../ui/useFormAction'

/** In the demo (no SMTP) the link the mail carries, to open here. */
export function DemoConfirmationLink({ state }: { state: ActionResult<EmailChangeSent> }) {
  if (!state.ok || !state.data?.demoLink) return null
  return (
    <p className="break-words text-sm">
      <a href={state.data.demoLink} className="font-medium text-brand-700 underline underline-offset-2">
        Open the confirmation link for {state.data.pendingEmail}
      </a>
    </p>
  )
}

export function PendingEmailChange({ email, current, sentAt, expires }: { email: string; current: string | null; sentAt: string; expires: string }) {
  const resend = useFormAction(resendEmailChange)
  const cancel = useFormAction(cancelEmailChange)
  return (
    <section aria-labelledby="pending-email-heading" className="mb-8 max-w-xl space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="pending-email-heading" className="font-semibold">
        Pending confirmation for <span className="break-words">{email}</span>
      </h2>
      <p>
        We sent a link to {email} on {sentAt}; it works until {expires}. Until you open it, your address stays{' '}
        <span className="break-words">{current ?? 'empty'}</span>.
      </p>
      <div className="flex flex-wrap gap-3">
        <form {...resend.formProps}>
          <SubmitButton variant="secondary" pendingLabel="Sending…">
            Send the link again
          </SubmitButton>
        </form>
        <form {...cancel.formProps}>
          <SubmitButton variant="secondary" pendingLabel="Cancelling…">
            Cancel the change
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={resend.state} />
      <DemoConfirmationLink state={resend.state} />
      <FormMessage state={cancel.state} />
    </section>
  )
}
