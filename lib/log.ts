// The server's structured log: one JSON line per event through pino. Secrets never reach it: keys that hold
// them are redacted by pino, and every string is scrubbed of tokens and query values (sign-in and invitation
// links carry their token there). A user's bad input is logged with its reason and no stack trace.
import { randomUUID } from 'node:crypto'
import { format } from 'node:util'
import pino, { type DestinationStream, type Logger } from 'pino'

export const REDACTED = '[redacted]'

/** Keys whose values are secrets wherever they appear (pino's redact paths, one and two levels deep). */
const SECRET_KEYS = ['token', 'password', 'secret', 'cookie', 'authorization', 'link', 'url', 'callbackUrl', 'code', 'state']
const REDACT_PATHS = [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`), 'headers["set-cookie"]', '*.headers["set-cookie"]']

/** Errors that a client's malformed or hostile request causes: worth a line, never a stack. */
const USER_INPUT_ERRORS = new Set(['MalformedInputError', 'ZodError'])

/**
 * A server action's `form` argument that is not FormData (a forged call) fails on its first use like this, in
 * the actions that read it with form.get (those using formToObject throw MalformedInputError instead).
 */
const NOT_A_FORM = /^[\w$]+\.(get|getAll|has|entries) is not a function$|^Cannot read properties of (null|undefined) \(reading '(get|getAll|has|entries)'\)$/

export function isUserInputError(error: unknown): boolean {
  return error instanceof Error && (USER_INPUT_ERRORS.has(error.name) || (error instanceof TypeError && NOT_A_FORM.test(error.message)))
}

/**
 * A string with its secrets taken out: query values (`?token=…`, `&callbackUrl=…`) and anything that looks like
 * a token (32 or more URL-safe characters, such as an invitation link's last segment or a session cookie).
 * In the demo without a mail server, sign-in links are meant for the log (that is how one signs in by e-mail
 * there), so the demo keeps them whole.
 */
export function scrub(text: string): string {
  if (process.env.DEMO_SIGN_IN === 'true' && !process.env.SMTP_URL) return text
  return text.replace(/([?&][^=\s&#"'<>]*=)[^\s&#"'<>]+/g, `$1${REDACTED}`).replace(/[A-Za-z0-9_-]{32,}/g, REDACTED)
}

function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value)
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (value instanceof Error) return value // the err serializer scrubs it
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, depth + 1)]))
}

/** An error as one log field: its type and reason; the stack only when it is our bug, not a user's input. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) }
  const digest = (error as { digest?: unknown }).digest
  return {
    type: error.name,
    message: scrub(error.message),
    ...(typeof digest === 'string' ? { digest } : {}),
    ...(isUserInputError(error) || !error.stack ? {} : { stack: scrub(error.stack) }),
  }
}

export function createLogger(destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { app: 'summer' },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err: serializeError, error: serializeError },
    formatters: { log: (object) => scrubValue(object) as Record<string, unknown> },
    hooks: {
      // Messages are scrubbed like fields (a link can hide in a sentence).
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>
        return method.apply(this, scrubbed)
      },
    },
  }
  return destination ? pino(options, destination) : pino(options)
}

/** LOG_FILE sends the log to a file instead of standard output (the browser tests read it there). */
export const log = createLogger(process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, sync: true }) : undefined)

/** The id a proxy or load balancer gave the request, or a new one, so its lines can be found together. */
export function requestId(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const value = headers instanceof Headers ? headers.get('x-request-id') : headers?.['x-request-id']
  const id = Array.isArray(value) ? value[0] : value
  return id && /^[\w.-]{1,100}$/.test(id) ? id : randomUUID()
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug'
const LEVEL: Record<ConsoleMethod, 'info' | 'warn' | 'error' | 'debug'> = { log: 'info', info: 'info', warn: 'warn', error: 'error', debug: 'debug' }

/**
 * Sends console.* (our few calls, and Next's own error printing) through the logger: one scrubbed JSON line each,
 * with an error's stack only when it is not a user's bad input (that one, onRequestError already logged).
 */
export function routeConsoleToLogger(logger: Logger = log, target: Pick<Console, ConsoleMethod> = console): void {
  for (const method of Object.keys(LEVEL) as ConsoleMethod[]) {
    target[method] = (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error)
      const rest = args.filter((arg) => arg !== error)
      // eslint-disable-next-line no-control-regex
      const message = format(...rest).replace(/\u001b\[[0-9;]*m/g, '').trim()
      // Next prints a failed request's error as "⨯ <error>"; onRequestError has logged it already, with its id.
      const duplicate = error !== undefined && message === '⨯'
      const level = error && (isUserInputError(error) || duplicate) ? 'debug' : LEVEL[method]
      if (error) logger[level]({ err: error }, message || (error as Error).message)
      else logger[level](message)
    }
  }
}
