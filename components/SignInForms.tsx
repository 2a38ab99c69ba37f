'use client'
import { signIn } from 'next-auth/react'
import { useState } from 'react'
import type { DemoPerson } from '@/lib/users/queries'

const button = 'rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60'

export function EmailSignIn({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false)
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault()
        setPending(true)
        const email = new FormData(event.currentTarget).get('email')
        await signIn('email', { email: String(email ?? ''), callbackUrl })
        setPending(false)
      }}
      className="space-y-3"
    >
      <label className="block text-sm font-medium" htmlFor="signin-email">
        E-mail address
      </label>
      <input
        id="signin-email"
        name="email"
        type="email"
        required
        autoComplete="email"
        className="block w-full rounded-md border border-stone-300 px-3 py-2 text-base"
      />
      <button type="submit" className={button} disabled={pending}>
        {pending ? 'Sending…' : 'Send me a sign-in link'}
      </button>
    </form>
  )
}

export function GitHubSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <button type="button" className={button} onClick={() => signIn('github', { callbackUrl })}>
      Sign in with GitHub
    </button>
  )
}

export function DemoSignIn({ groups, callbackUrl }: { groups: { label: string; people: DemoPerson[] }[]; callbackUrl: string }) {
  const [pendingId, setPendingId] = useState<string | null>(null)
  return (
    <div className="space-y-6">
      {groups.filter((group) => group.people.length > 0).map((group, index) => (
        <section key={group.label} aria-labelledby={`demo-group-${index}`}>
          <h3 id={`demo-group-${index}`} className="mb-2 font-semibold">
            {group.label}
          </h3>
          <ul className="flex flex-wrap gap-2">
            {group.people.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  disabled={pendingId !== null}
                  onClick={async () => {
                    setPendingId(person.id)
                    await signIn('demo', { userId: person.id, callbackUrl })
                  }}
                  className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600 hover:bg-brand-50 disabled:opacity-60"
                >
                  {pendingId === person.id ? `Signing in as ${person.name}…` : `Sign in as ${person.name}`}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
