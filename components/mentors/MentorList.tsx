'use client'
// The season's mentors with their load, a capacity control each, and removal (two steps). Removal takes
// the row away, so its outcome is announced above the list, which stays mounted.
import { useActionState, useId, useState } from 'react'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { removeMentor, setMentorCapacity } from '@/lib/mentors/actions'
import { MAX_MENTOR_CAPACITY } from '@/lib/mentors/schema'
import { useFormAction } from '@/components/ui/useFormAction'
import { FormMessage, SubmitButton, inputClass } from '../ui/form'

export type MentorRow = {
  id: string
  name: string
  email: string | null
  capacity: number
  students: number
  ideas: number
  isAdmin: boolean
}

export function MentorList({ seasonId, mentors }: { seasonId: string; mentors: MentorRow[] }) {
  const [removeState, remove] = useActionState(removeMentor, initialActionState)
  if (mentors.length === 0) return <p>No mentors yet: invite some below.</p>
  return (
    <div>
      <div aria-live="polite">
        <FormMessage state={removeState} />
      </div>
      <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {mentors.map((mentor) => (
          <MentorItem key={mentor.id} seasonId={seasonId} mentor={mentor} remove={remove} />
        ))}
      </ul>
    </div>
  )
}

function MentorItem({ seasonId, mentor, remove }: { seasonId: string; mentor: MentorRow; remove: (form: FormData) => void }) {
  const { state, formProps } = useFormAction(setMentorCapacity)
  const [confirming, setConfirming] = useState(false)
  const id = useId()
  const errors = !state.ok ? state.fieldErrors?.capacity : undefined
  const removable = mentor.ideas === 0 && mentor.students === 0
  return (
    <li className="grid gap-3 p-3 sm:grid-cols-[1fr_auto] sm:items-start">
      <div className="min-w-0">
        <p className="font-medium">
          {mentor.name}
          {mentor.isAdmin ? <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-normal text-stone-700">admin</span> : null}
        </p>
        {mentor.email ? <p className="break-all text-sm text-stone-600">{mentor.email}</p> : null}
        <p className="text-sm text-stone-600">
          {mentor.ideas} idea{mentor.ideas === 1 ? '' : 's'} · {mentor.students} of {mentor.capacity} student{mentor.capacity === 1 ? '' : 's'}
        </p>
        <FormMessage state={state.ok && state.message ? state : undefined} />
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <form {...formProps} className="flex items-end gap-2">
          <input type="hidden" name="seasonId" value={seasonId} />
          <input type="hidden" name="userId" value={mentor.id} />
          <div>
            <label htmlFor={`${id}-capacity`} className="block text-sm font-medium text-stone-800">
              Capacity<span className="sr-only"> of {mentor.name}</span>
            </label>
            <input
              id={`${id}-capacity`}
              name="capacity"
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_MENTOR_CAPACITY}
              step={1}
              required
              defaultValue={mentor.capacity}
              aria-invalid={Boolean(errors?.length)}
              aria-describedby={!state.ok ? `${id}-error` : undefined}
              className={`${inputClass} w-20`}
            />
          </div>
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            Save<span className="sr-only"> capacity of {mentor.name}</span>
          </SubmitButton>
        </form>
        {removable ? (
          confirming ? (
            <form action={remove} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="seasonId" value={seasonId} />
              <input type="hidden" name="userId" value={mentor.id} />
              <SubmitButton variant="danger" pendingLabel="Removing…">
                Remove {mentor.name}
              </SubmitButton>
              <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100">
                Cancel
              </button>
            </form>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100">
              Remove…<span className="sr-only"> {mentor.name} from the mentors</span>
            </button>
          )
        ) : null}
      </div>
      {!state.ok ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700 sm:col-span-2">
          {state.error === 'invalid' && errors?.length ? errors.join(' ') : state.message}
        </p>
      ) : null}
    </li>
  )
}
