// Sign-in with next-auth 4: GitHub OAuth when its keys are set, e-mail links (SMTP when configured, else the
// server log), and in the demo a "sign in as" list of the seeded people. Sessions are JWTs, so the
// credentials-based demo sign-in and the adapter-backed providers share one session format.
import 'server-only'
import { PrismaAdapter } from '@next-auth/prisma-adapter'
import { getServerSession, type NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import EmailProvider from 'next-auth/providers/email'
import GitHubProvider from 'next-auth/providers/github'
import { createTransport } from 'nodemailer'
import { cache } from 'react'
import { z } from 'zod'
import { db } from './db'

export const authConfig = {
  github: Boolean(process.env.GITHUB_ID && process.env.GITHUB_SECRET),
  smtp: Boolean(process.env.SMTP_URL),
  demo: process.env.DEMO_SIGN_IN === 'true',
}

const DemoCredentials = z.object({ userId: z.string().min(1).max(64) })

async function sendSignInLink({ identifier, url }: { identifier: string; url: string }) {
  if (!process.env.SMTP_URL) {
    // No mail server configured: the link goes to the server log, where the person running the app finds it.
    console.log(`summer: sign-in link for ${identifier}: ${url}`)
    return
  }
  const transport = createTransport(process.env.SMTP_URL)
  await transport.sendMail({
    to: identifier,
    from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
    subject: 'Your sign-in link',
    text: `Sign in by opening this link (it works once and expires in 24 hours):\n\n${url}\n\nIf you did not ask for it, ignore this mail.`,
  })
}

export const authOptions: NextAuthOptions = {
  // The Prisma 7 client has the model methods the adapter calls (user, account, session, verificationToken).
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
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
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub
      return session
    },
  },
}

/** The signed-in user's row, or null. Read once per request. */
export const getCurrentUser = cache(async () => {
  const session = await getServerSession(authOptions)
  const id = (session?.user as { id?: string } | undefined)?.id
  if (!id) return null
  return db.user.findUnique({ where: { id } })
})

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>
