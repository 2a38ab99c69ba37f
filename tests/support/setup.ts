import { inject, vi } from 'vitest'
import { signedIn } from './session'
import { poolSizeFor } from './test-database'

// lib/db.ts reads DATABASE_URL (and DATABASE_POOL_SIZE) on first use.
process.env.DATABASE_URL = inject('databaseUrl')
// The tests run as the demo (the mocked lib/auth below says so too): a clock pinned with setClock() rules.
process.env.DEMO_SIGN_IN = 'true'
const poolSize = poolSizeFor(inject('databaseEngine'))
if (poolSize) process.env.DATABASE_POOL_SIZE = poolSize

// Server actions ask lib/auth who is signed in; tests decide it with signInAs() from ./session.
vi.mock('@/lib/auth', async () => {
  const { db } = await import('@/lib/db')
  return {
    authConfig: { github: false, smtp: false, demo: true },
    authOptions: {},
    getCurrentUser: async () => (signedIn.userId ? db.user.findUnique({ where: { id: signedIn.userId } }) : null),
  }
})

// Outside a Next.js request there is no cache to revalidate.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), unstable_cache: (read: unknown) => read }))
