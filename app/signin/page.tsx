import type { Metadata } from 'next'
import { DemoSignIn, EmailSignIn, GitHubSignIn } from '@/components/SignInForms'
import { PageTitle } from '@/components/ui/PageTitle'
import { authConfig } from '@/lib/auth'
import { listDemoPeople } from '@/lib/users/queries'

export const metadata: Metadata = { title: 'Sign in' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Only same-site paths may be returned to after signing in. */
function safeCallback(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/'
}

const ERRORS: Record<string, string> = {
  CredentialsSignin: 'That demo person does not exist any more. Pick another.',
  Verification: 'That sign-in link has expired or was already used. Ask for a new one.',
  EmailSignin: 'We could not send the sign-in mail. Try again in a moment.',
  RateLimited: 'Too many sign-in links were asked for in a short time. Please wait a few minutes and try again.',
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams
  const callbackUrl = safeCallback(params.callbackUrl)
  const errorKey = typeof params.error === 'string' ? params.error : null
  const demo = authConfig.demo ? await listDemoPeople() : null
  return (
    <>
      <PageTitle>Sign in</PageTitle>
      {params.sent ? (
        <p role="status" className="mb-6 rounded-md border border-green-300 bg-green-50 p-3">
          Check your mail: we sent you a sign-in link.
          {authConfig.smtp ? null : ' (Demo: no mail server is configured, so the link is in the server’s log.)'}
        </p>
      ) : null}
      {errorKey ? (
        <p role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 p-3">
          {ERRORS[errorKey] ?? 'Signing in did not work. Please try again.'}
        </p>
      ) : null}
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="email-heading" className="space-y-6">
          <h2 id="email-heading" className="text-xl font-semibold">
            With your e-mail
          </h2>
          {authConfig.emailLinks ? (
            <EmailSignIn callbackUrl={callbackUrl} />
          ) : (
            <p className="rounded-md border border-stone-300 bg-stone-50 p-3">
              Sign-in links by e-mail are not available: this site has no mail server configured yet.
            </p>
          )}
          {authConfig.github ? (
            <div>
              <h2 className="mb-2 text-xl font-semibold">With GitHub</h2>
              <GitHubSignIn callbackUrl={callbackUrl} />
            </div>
          ) : null}
        </section>
        {demo ? (
          <section aria-labelledby="demo-heading">
            <h2 id="demo-heading" className="text-xl font-semibold">
              Demo: look around as someone
            </h2>
            <p className="mb-4 text-sm text-stone-600">This list exists only in the demo. It signs you in without a password.</p>
            <DemoSignIn
              callbackUrl={callbackUrl}
              groups={[
                { label: 'Organization admin', people: demo.admins },
                { label: 'Mentors', people: demo.mentors },
                { label: 'Students', people: demo.students },
                { label: 'New to the season (no role yet)', people: demo.newcomers },
              ]}
            />
          </section>
        ) : null}
      </div>
    </>
  )
}
