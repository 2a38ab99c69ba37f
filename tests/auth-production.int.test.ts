// The production sign-in: without DEMO_SIGN_IN=true there is no demo provider, so the "sign in as" callback
// cannot sign anyone in. The rest of the suite mocks lib/auth with the demo on; this file loads the real one.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'

vi.unmock('@/lib/auth')

/** lib/auth reads the environment when it loads: load it afresh with DEMO_SIGN_IN set to `value`. */
async function loadAuth(value: string | undefined) {
  vi.resetModules()
  if (value === undefined) delete process.env.DEMO_SIGN_IN
  else process.env.DEMO_SIGN_IN = value
  return import('@/lib/auth')
}

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<unknown>
// next-auth applies a provider's options (its id among them) when it handles a request.
const idOf = (provider: { id: string; options?: unknown }) => (provider.options as { id?: string } | undefined)?.id ?? provider.id
const demoProvider = (providers: { id: string; options?: unknown }[]) => providers.find((p) => idOf(p) === 'demo')

afterEach(() => {
  delete process.env.DEMO_SIGN_IN
})

describe('sign-in without the demo (production)', () => {
  for (const value of [undefined, '', 'false', '1', 'TRUE']) {
    it(`has no demo provider and no demo list when DEMO_SIGN_IN is ${JSON.stringify(value)}`, async () => {
      const { authConfig, authOptions } = await loadAuth(value)
      expect(authConfig.demo).toBe(false)
      expect(demoProvider(authOptions.providers)).toBeUndefined()
      expect(authOptions.providers.map(idOf)).toEqual(['email'])
    })
  }

  it('offers the demo provider only when DEMO_SIGN_IN is exactly "true", and it signs in only existing people', async () => {
    const { authConfig, authOptions } = await loadAuth('true')
    expect(authConfig.demo).toBe(true)
    const provider = demoProvider(authOptions.providers) as { options: { authorize: Authorize } } | undefined
    expect(provider).toBeDefined()
    const user = await db.user.findFirstOrThrow({ where: { name: 'Ana Ferreira' } })
    expect(await provider!.options.authorize({ userId: user.id }, {})).toMatchObject({ id: user.id })
    expect(await provider!.options.authorize({ userId: 'no-such-person' }, {})).toBeNull()
    expect(await provider!.options.authorize({ userId: 'x'.repeat(65) }, {})).toBeNull()
  })
})
