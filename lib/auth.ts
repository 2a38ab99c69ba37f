// Sign-in with next-auth 4: GitHub OAuth when its keys are set, e-mail links (SMTP when configured; without it
// only the demo writes them to the server log), and in the demo a "sign in as" list of the seeded people.
// Sessions are JWTs, so the credentials-based demo sign-in and the adapter-backed providers share one session
// format; each token carries the account's session version, so sessions can be ended (lib/sessions.ts).
import 'server-only'
import { getServerSession, type NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import EmailProvider from 'next-auth/providers/email'
import GitHubProvider from 'next-auth/providers/github'
import { cache } from 'react'
import { z } from 'zod'
import { summerAdapter } from './auth-adapter'
import { redirectAfterAuth } from './callback-url'
import { db } from './db'
import { endSessions, sessionIsCurrent } from './sessions'
import { sendSignInLink } from './sign-in-mail'

export const authConfig = {
  github: Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET),
  smtp: Boolean(process.env.SMTP_URL),
  demo: process.env.DEMO_SIGN_IN === 'true',
  /** E-mail links work with SMTP, or in the demo (which logs them); a production server without SMTP has none. */
  emailLinks: Boolean(process.env.SMTP_URL) || process.env.DEMO_SIGN_IN === 'true',
}

const DemoCredentials = z.object({ userId: z.string().min(1).max(64) })

export const authOptions: NextAuthOptions = {
  // The Prisma 7 client has the model methods the adapter calls (user, account, session, verificationToken).
  adapter: summerAdapter(db),
  session: { strategy: 'jwt' },
  pages: { signIn: '/signin', verifyRequest: '/signin?sent=1', error: '/signin' },
  providers: [
    ...(authConfig.github
      ? [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })]
      : []),
    EmailProvider({
      from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
      maxAge: 24 * 60 * 60,
      sendVerificationRequest: sendSignInLink,
    }),
    ...(authConfig.demo
      ? [
          CredentialsProvider({
            id: 'demo',
            name: 'Demo',
            credentials: { userId: { label: 'Person', type: 'text' } },
            async authorize(credentials) {
              const parsed = DemoCredentials.safeParse(credentials)
              if (!parsed.success) return null
              const user = await db.user.findUnique({ where: { id: parsed.data.userId } })
              return user ? { id: user.id, name: user.name, email: user.email } : null
            },
          }),
        ]
      : []),
  ],
  callbacks: {
    redirect: redirectAfterAuth,
    async jwt({ token, user }) {
      // At sign-in (user is set only then): stamp the account's current session version into the token.
      if (user) {
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } })
        token.sv = row?.sessionVersion ?? null
      }
      return token
    },
    session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub, sv: token.sv })
      return session
    },
  },
  events: {
    // Signing out ends the session on the server too: a copy of the cookie replayed later no longer works.
    async signOut({ token }) {
      if (token?.sub && typeof token.sv === 'number') await endSessions(db, token.sub, token.sv)
    },
  },
}

/** The signed-in user's row, or null (also for a session that was ended). Read once per request. */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions)
  const claims = session?.user as { id?: string; sv?: unknown } | undefined
  if (!claims?.id) return null
  const user = await db.user.findUnique({ where: { id: claims.id } })
  return user && sessionIsCurrent(user, claims.sv) ? user : null
})

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>
