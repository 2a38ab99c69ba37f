'use client'
// Small form primitives for server-action forms: labelled fields whose errors are tied to them with
// aria-describedby, a submit button that shows it is busy, and the form-level message.
import { useFormStatus } from 'react-dom'
import type { ComponentProps, ReactNode } from 'react'
import type { ActionResult } from '@/lib/actions'

export const inputClass =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600'

type FieldProps = {
  name: string
  label: ReactNode
  hint?: ReactNode
  state?: ActionResult<unknown>
  /** Makes the control's id unique when several forms on a page have a field of this name (default "field"). */
  idPrefix?: string
  children?: (props: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
} & Omit<ComponentProps<'input'>, 'children' | 'name'>

/** A labelled input (or, with children, any control) with its hint and its errors from the last submission. */
export function Field({ name, label, hint, state, idPrefix = 'field', children, className, ...inputProps }: FieldProps) {
  const id = `${idPrefix}-${name}`
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  const controlProps = { id, name, 'aria-invalid': Boolean(errors?.length), 'aria-describedby': describedBy }
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children ? children(controlProps) : <input {...inputProps} {...controlProps} className={inputClass} />}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 break-words text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  )
}

export function SubmitButton({ children, pendingLabel, variant = 'primary', ...props }: { children: ReactNode; pendingLabel?: ReactNode; variant?: 'primary' | 'secondary' | 'danger' } & ComponentProps<'button'>) {
  const { pending } = useFormStatus()
  const look = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
    danger: 'bg-red-700 text-white hover:bg-red-800',
  }[variant]
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-4 py-2 font-medium disabled:opacity-60 ${look}`} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}

/** The form's overall outcome: a polite status on success, an alert on failure. */
export function FormMessage({ state }: { state: ActionResult<unknown> | undefined }) {
  if (!state || (state.ok && !state.message)) return null
  return state.ok ? (
    <p role="status" className="break-words rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
      {state.message}
    </p>
  )
}
