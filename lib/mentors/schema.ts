// zod schemas for the admin's mentor controls (capacity, removal).
import { z } from 'zod'

const Id = z.string({ error: 'Missing identifier.' }).min(1).max(64)

export const MAX_MENTOR_CAPACITY = 10

/** A whole number typed into a form field, within bounds (an empty field is an error, not 0). */
export function wholeNumber(min: number, max: number, label: string) {
  const message = `${label} must be a whole number from ${min} to ${max}.`
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message))
}

export const SetMentorCapacity = z.object({
  seasonId: Id,
  userId: Id,
  capacity: wholeNumber(0, MAX_MENTOR_CAPACITY, 'Capacity'),
})

export const RemoveMentor = z.object({ seasonId: Id, userId: Id })
