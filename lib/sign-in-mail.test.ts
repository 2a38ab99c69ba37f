import { afterEach, describe, expect, it, vi } from 'vitest'
import { MailNotConfiguredError, sendSignInLink } from './sign-in-mail'

const link = 'http://localhost:3000/api/auth/callback/email?token=secret-token&email=ada%40example.org'
const env = { SMTP_URL: process.env.SMTP_URL, DEMO_SIGN_IN: process.env.DEMO_SIGN_IN }

afterEach(() => {
  vi.restoreAllMocks()
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

function captureLogs() {
  const lines: string[] = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')))
  }
  return lines
}

describe('sendSignInLink without SMTP', () => {
  it('writes the link to the server log in the demo', async () => {
    delete process.env.SMTP_URL
    process.env.DEMO_SIGN_IN = 'true'
    const lines = captureLogs()
    await sendSignInLink({ identifier: 'ada@example.org', url: link })
    expect(lines.join('\n')).toContain(link)
  })

  it('refuses in production and logs that mail is not configured, never the link', async () => {
    delete process.env.SMTP_URL
    delete process.env.DEMO_SIGN_IN
    const lines = captureLogs()
    await expect(sendSignInLink({ identifier: 'ada@example.org', url: link })).rejects.toBeInstanceOf(MailNotConfiguredError)
    expect(lines.join('\n')).toMatch(/no mail server is configured/)
    expect(lines.join('\n')).not.toContain('secret-token')
  })
})
