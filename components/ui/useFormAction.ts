'use client'
// useActionState for forms whose fields must survive a refused submission. React resets a <form action={...}>
// after every submission, which would wipe what the person typed next to the error it caused. Submitting in a
// transition from onSubmit keeps the fields (React still reports the form as pending to useFormStatus); the
// action prop stays for visitors whose JavaScript has not loaded yet.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react'
import { initialActionState, type ActionResult } from '@/lib/actions'

export function useFormAction<T = undefined>(
  action: (prev: ActionResult<T>, form: FormData) => Promise<ActionResult<T>>,
  { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState(action, initialActionState as ActionResult<T>)
  const ref = useRef<HTMLFormElement>(null)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter)
    startTransition(() => dispatch(data))
  }
  useEffect(() => {
    if (resetOnSuccess && state.ok && state.message) ref.current?.reset()
  }, [state, resetOnSuccess])
  return { state, pending, formProps: { ref, action: dispatch, onSubmit } }
}
