import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { formToObject, MalformedInputError } from './actions'
import { readTimelineForm } from './seasons/schema'
import { createLogger, REDACTED, routeConsoleToLogger } from './log'

/** A logger writing into an array of parsed lines. */
function capture() {
  const lines: Record<string, unknown>[] = []
  const raw: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line)
        lines.push(JSON.parse(line))
      }
      done()
    },
  })
  const previous = process.env.LOG_LEVEL
  process.env.LOG_LEVEL = 'info'
  const logger = createLogger(stream)
  process.env.LOG_LEVEL = previous
  return { logger, lines, raw }
}

const TOKEN = 'k3Jq9vX0bP2mN8rT5yW1zA4cE7gH6iL0oQ-_sUdFx'

afterEach(() => {
  delete process.env.DEMO_SIGN_IN
})

describe('the log', () => {
  it('writes one JSON line per event with its level and message', () => {
    const { logger, lines, raw } = capture()
    logger.info({ reqId: 'r-1' }, 'hello')
    expect(raw).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 30, msg: 'hello', reqId: 'r-1', app: 'summer' })
  })

  it('redacts secrets by key, and tokens and query values inside any text', () => {
    const { logger, raw } = capture()
    logger.info({ token: TOKEN, user: { password: 'hunter2', name: 'Ana' }, headers: { cookie: 'next-auth.session-token=abc' } }, 'keys')
    logger.info(`sign-in link for ana@example.org: http://localhost:3000/api/auth/callback/email?callbackUrl=%2F&token=${TOKEN}&email=ana`)
    logger.info({ note: `open https://summer.example/invitations/${TOKEN} to accept` }, 'nested')
    const text = raw.join('\n')
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain('hunter2')
    expect(text).not.toContain('session-token=abc')
    expect(text).toContain(`token=${REDACTED}`)
    expect(text).toContain(`/invitations/${REDACTED}`)
    expect(text).toContain('Ana')
  })

  it('logs a user’s malformed input with its reason and no stack, and our own errors with their stack', () => {
    const { logger, lines } = capture()
    logger.warn({ err: new MalformedInputError('the action expects form data') }, 'refused action')
    logger.warn({ err: new TypeError('b.get is not a function') }, 'refused action') // form.get, minified
    logger.error({ err: new Error('database is down') }, 'failed action')
    expect(lines[0]!.err).toEqual({ type: 'MalformedInputError', message: 'the action expects form data' })
    expect(lines[1]!.err).toEqual({ type: 'TypeError', message: 'b.get is not a function' })
    expect(lines[2]!.err).toMatchObject({ type: 'Error', message: 'database is down', stack: expect.stringContaining('log.test.ts') })
  })

  it('knows a forged action call by the error it raises, whichever way the action reads its form', () => {
    const forged = 'not a form' as unknown as FormData
    for (const read of [formToObject, readTimelineForm]) expect(() => read(forged)).toThrow(MalformedInputError)
    const { logger, lines } = capture()
    try {
      formToObject(forged)
    } catch (error) {
      logger.warn({ err: error }, 'refused action')
    }
    expect(lines[0]!.err).toEqual({ type: 'MalformedInputError', message: 'the action expects form data' })
  })

  it('takes console output: one line each, scrubbed, and no stack for bad input', () => {
    const { logger, lines, raw } = capture()
    const noop = (..._args: unknown[]) => {}
    const fake = { log: noop, info: noop, warn: noop, error: noop, debug: noop }
    routeConsoleToLogger(logger, fake)
    fake.log(`summer: sign-in link for a@example.org: http://x.test/api/auth/callback/email?token=${TOKEN}`)
    fake.error(new Error('boom'))
    fake.error('Failed:', new MalformedInputError('the action expects form data'))
    fake.error('\u001b[31m\u001b[1m⨯\u001b[22m\u001b[39m', new Error('already logged by onRequestError'))
    expect(raw.join('\n')).not.toContain(TOKEN)
    expect(lines[0]).toMatchObject({ level: 30 })
    expect(lines[1]).toMatchObject({ level: 50, msg: 'boom', err: { type: 'Error', stack: expect.any(String) } })
    // Bad input, and Next's own "⨯ error" print of a failed request, go to debug: onRequestError wrote the line.
    expect(lines).toHaveLength(2)
  })

  it('keeps sign-in links whole in the demo without a mail server, where the log is how one signs in by e-mail', () => {
    process.env.DEMO_SIGN_IN = 'true'
    const { logger, raw } = capture()
    logger.info(`link: http://localhost:3000/api/auth/callback/email?token=${TOKEN}`)
    expect(raw[0]).toContain(TOKEN)
  })
})
