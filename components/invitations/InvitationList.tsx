'use client'
// The season's invitations in three groups. Revoking removes a row, so the outcome is announced above the
// lists (a live region that stays mounted) rather than inside the row that disappears.
import { useActionState } from 'react'
import { initialActionState } from '@/lib/actions'
import { resendInvitation, revokeInvitation } from '@/lib/invitations/actions'
import { FormMessage, SubmitButton } from '../ui/form'

export type InvitationRow = {
  id: string
  email: string
  status: 'pending' | 'accepted' | 'expired'
  /** Lines already formatted on the server in the admin's zone, e.g. "Invited by Ana Ferreira on …". */
  details: string[]
}

const GROUPS = [
  { status: 'pending', title: 'Pending', empty: 'No invitation is waiting for an answer.' },
  { status: 'accepted', title: 'Accepted', empty: 'No invitation has been accepted yet.' },
  { status: 'expired', title: 'Expired', empty: 'No invitation has expired.' },
] as const

export function InvitationList({ seasonId, invitations }: { seasonId: string; invitations: InvitationRow[] }) {
  const [revokeState, revoke] = useActionState(revokeInvitation, initialActionState)
  const [resendState, resend] = useActionState(resendInvitation, initialActionState)
  return (
    <div>
      <div aria-live="polite" className="space-y-2">
        <FormMessage state={revokeState} />
        <FormMessage state={resendState} />
      </div>
      {GROUPS.map((group) => {
        const rows = invitations.filter((row) => row.status === group.status)
        return (
          <section key={group.status} aria-labelledby={`invitations-${group.status}`} className="mt-6 first-of-type:mt-4">
            <h3 id={`invitations-${group.status}`} className="mb-2 font-semibold">
              {group.title} ({rows.length})
            </h3>
            {rows.length === 0 ? (
              <p className="text-sm text-stone-600">{group.empty}</p>
            ) : (
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
                {rows.map((row) => (
                  <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
                    <div className="min-w-0">
                      <p className="break-all font-medium">{row.email}</p>
                      {row.details.map((line) => (
                        <p key={line} className="text-sm text-stone-600">
                          {line}
                        </p>
                      ))}
                    </div>
                    {row.status !== 'accepted' ? (
                      <div className="flex flex-wrap gap-2">
                        <form action={resend}>
                          <input type="hidden" name="seasonId" value={seasonId} />
                          <input type="hidden" name="invitationId" value={row.id} />
                          <SubmitButton variant="secondary" pendingLabel="Sending…">
                            Send again<span className="sr-only"> to {row.email}</span>
                          </SubmitButton>
                        </form>
                        <form action={revoke}>
                          <input type="hidden" name="seasonId" value={seasonId} />
                          <input type="hidden" name="invitationId" value={row.id} />
                          <SubmitButton variant="secondary" pendingLabel="Revoking…">
                            {row.status === 'pending' ? 'Revoke' : 'Remove'}
                            <span className="sr-only"> the invitation for {row.email}</span>
                          </SubmitButton>
                        </form>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
