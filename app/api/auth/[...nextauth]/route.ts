import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth'
import { refuseOverLimitSignIn } from '@/lib/sign-in-limit'

const handler = NextAuth(authOptions)

/** Requests for a sign-in link are rate-limited before next-auth makes a token and sends the mail. */
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await refuseOverLimitSignIn(request)) ?? handler(request, context)
}

export { handler as GET, POST }
