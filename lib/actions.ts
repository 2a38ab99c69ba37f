// The result every server action returns, so forms can show errors beside the fields they belong to.
// User errors never throw: they come back as { ok: false } with a message and, where it helps, field errors.
import type { z } from 'zod'

export type FieldErrors = Record<string, string[]>

export type ActionError = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'closed' | 'rate_limited'

export type ActionFailure = { ok: false; error: ActionError; message: string; fieldErrors?: FieldErrors }

export type ActionResult<T = undefined> = { ok: true; message?: string; data?: T } | ActionFailure

/** The state a form starts from before its first submission. */
export const initialActionState: ActionResult = { ok: true }

export function invalid(error: z.ZodError, message = 'Please correct the marked fields.'): ActionFailure {
  const fieldErrors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form'
    ;(fieldErrors[key] ??= []).push(issue.message)
  }
  return { ok: false, error: 'invalid', message, fieldErrors }
}

export function failure(error: ActionError, message: string, fieldErrors?: FieldErrors): ActionFailure {
  return { ok: false, error, message, ...(fieldErrors ? { fieldErrors } : {}) }
}

/**
 * A server action called with arguments no form of ours sends (a forged or garbled request). It is thrown, not
 * returned: no form is there to show it. The log records it as a user's bad input, one line without a stack.
 */
export class MalformedInputError extends Error {
  override name = 'MalformedInputError'
}

/** FormData to a plain object for zod; repeated keys (checkboxes, multi-selects) become arrays. */
export function formToObject(form: FormData): Record<string, string | string[]> {
  if (!(form instanceof FormData)) throw new MalformedInputError('the action expects form data')
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') continue
    const existing = out[key]
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return out
}
