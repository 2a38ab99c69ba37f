'use client'
// Picks the idea a new proposal is for and starts the draft; the editor takes over from there.
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useState } from 'react'
import { FormMessage, SubmitButton, inputClass, Field } from '@/components/ui/form'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { startProposal } from '@/lib/proposals/actions'
import { OWN_TOPIC } from '@/lib/proposals/schema'

type Props = {
  seasonId: string
  ideas: { id: string; title: string; existingProposalId: string | null }[]
  allowOwnTopics: boolean
  defaultIdea: string
}

export function StartProposalForm({ seasonId, ideas, allowOwnTopics, defaultIdea }: Props) {
  const router = useRouter()
  const [state, action] = useActionState<ActionResult<{ id: string }>, FormData>(startProposal, initialActionState, '/me/proposals/new')
  const [idea, setIdea] = useState(defaultIdea)
  const existing = ideas.find((i) => i.id === idea)?.existingProposalId ?? null

  useEffect(() => {
    if (state.ok && state.data?.id) router.push(`/me/proposals/${state.data.id}`)
  }, [router, state])

  return (
    <form action={action} className="max-w-xl space-y-4">
      <input type="hidden" name="seasonId" value={seasonId} />
      <Field name="idea" label="Idea" state={state} hint={allowOwnTopics ? 'One of the published ideas, or a topic of your own.' : 'One of the published ideas of this season.'}>
        {(props) => (
          <select {...props} value={idea} onChange={(event) => setIdea(event.target.value)} required className={inputClass}>
            <option value="">Choose an idea</option>
            {ideas.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
                {option.existingProposalId ? ' (you have a proposal for it)' : ''}
              </option>
            ))}
            {allowOwnTopics ? <option value={OWN_TOPIC}>My own topic</option> : null}
          </select>
        )}
      </Field>
      {existing ? (
        <p className="text-sm">
          You already have a proposal for this idea.{' '}
          <Link href={`/me/proposals/${existing}`} className="font-medium text-brand-700 underline underline-offset-2">
            Continue it
          </Link>
        </p>
      ) : null}
      <SubmitButton pendingLabel="Starting…">{existing ? 'Open my proposal' : 'Start writing'}</SubmitButton>
      <FormMessage state={state.ok && state.data ? { ok: true, message: `${state.message ?? ''} Opening it…` } : state} />
    </form>
  )
}
