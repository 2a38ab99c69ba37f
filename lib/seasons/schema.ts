// zod schemas and pure helpers for the season's timeline and settings forms. Times are typed into
// <input type="datetime-local"> in the admin's zone and stored in UTC.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { z } from 'zod'
import type { PhaseKind } from '@/generated/prisma/enums'
import { MalformedInputError, type FieldErrors } from '@/lib/actions'
import { formatDateTime, isValidTimeZone } from '@/lib/dates'
import { PHASE_LABEL, PHASE_ORDER } from '@/lib/timeline'

/** Phases that are windows (a start and an end); the others are single moments. */
export const WINDOW_KINDS: ReadonlySet<PhaseKind> = new Set<PhaseKind>(['REVIEW', 'SLOT_REQUEST', 'CODING', 'EVALUATIONS'])

export const PHASE_NOTE_MAX = 500

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/

/** The value a datetime-local input shows for `date` in `zone`, e.g. "2011-04-08T20:00". */
export function toLocalInput(date: Date, zone: string): string {
  return format(new TZDate(date, isValidTimeZone(zone) ? zone : 'UTC'), "yyyy-MM-dd'T'HH:mm")
}

/** "2011-04-08T20:00" read as a wall-clock time in `zone`, or null if it is not a real date and time. */
export function parseLocalDateTime(value: string, zone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as number[]
  if (year! < 1970 || year! > 2999 || month! < 1 || month! > 12 || hour! > 23 || minute! > 59 || second > 59) return null
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate()
  if (day! < 1 || day! > daysInMonth) return null
  return new Date(new TZDate(year!, month! - 1, day!, hour!, minute!, second, 0, zone).getTime())
}

const DATE_TIME_MESSAGE = 'Enter a date and time, e.g. 2011-04-08 19:00.'

const localDateTime = z
  .string()
  .trim()
  .max(40, DATE_TIME_MESSAGE)
  .refine((value) => value === '' || parseLocalDateTime(value, 'UTC') !== null, DATE_TIME_MESSAGE)
  .default('')

const PhaseInput = z.object({
  startsAt: localDateTime,
  endsAt: localDateTime,
  note: z.string().trim().max(PHASE_NOTE_MAX, `A note has at most ${PHASE_NOTE_MAX} characters.`).default(''),
})

/** The timeline form: every phase's fields are named phases.<KIND>.startsAt / .endsAt / .note. */
export const UpdateTimeline = z.object({
  seasonId: z.string({ error: 'Missing identifier.' }).min(1).max(64),
  timeZone: z
    .string()
    .max(64)
    .refine((zone) => isValidTimeZone(zone), 'Unknown time zone.')
    .default('UTC'),
  phases: z.partialRecord(z.enum(PHASE_ORDER as [PhaseKind, ...PhaseKind[]]), PhaseInput).default({}),
})

export type TimelineInput = z.infer<typeof UpdateTimeline>

/** FormData to the nested shape UpdateTimeline expects (unknown phase kinds and fields are dropped). */
export function readTimelineForm(form: FormData) {
  if (!(form instanceof FormData)) throw new MalformedInputError('the action expects form data')
  const phases: Record<string, Record<string, string>> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') continue
    const [prefix, kind, field] = key.split('.')
    if (prefix !== 'phases' || !kind || !field || !(PHASE_ORDER as string[]).includes(kind)) continue
    if (field !== 'startsAt' && field !== 'endsAt' && field !== 'note') continue
    ;(phases[kind] ??= {})[field] = value
  }
  return { seasonId: form.get('seasonId') ?? undefined, timeZone: form.get('timeZone') ?? undefined, phases }
}

export type PlannedPhase = { kind: PhaseKind; startsAt: Date; endsAt: Date | null }

/**
 * Rules across phases: a window ends after it starts, applications close after they open, and the phases start
 * in the season's order (a phase may start with the one before it, as review starts when applications close,
 * and windows may overlap). The message goes beside both starts of a pair out of order, naming the other one.
 */
export function checkTimeline(phases: PlannedPhase[], zone?: string | null): FieldErrors {
  const errors: FieldErrors = {}
  const add = (key: string, message: string) => (errors[key] ??= []).push(message)
  for (const phase of phases) {
    if (phase.endsAt && phase.endsAt.getTime() <= phase.startsAt.getTime()) {
      add(`phases.${phase.kind}.endsAt`, `${PHASE_LABEL[phase.kind]} must end after it starts.`)
    }
  }
  const open = phases.find((p) => p.kind === 'APPLICATIONS_OPEN')
  const close = phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  if (open && close && close.startsAt.getTime() <= open.startsAt.getTime()) {
    add('phases.APPLICATIONS_CLOSE.startsAt', 'Applications must close after they open.')
  }
  const ordered = PHASE_ORDER.map((kind) => phases.find((p) => p.kind === kind)).filter((p): p is PlannedPhase => Boolean(p))
  for (let i = 1; i < ordered.length; i++) {
    const [before, after] = [ordered[i - 1]!, ordered[i]!]
    if (after.startsAt.getTime() >= before.startsAt.getTime()) continue
    if (before.kind === 'APPLICATIONS_OPEN' && after.kind === 'APPLICATIONS_CLOSE') continue // said above
    add(
      `phases.${before.kind}.startsAt`,
      `${PHASE_LABEL[before.kind]} must not come after ${PHASE_LABEL[after.kind]}, which starts ${formatDateTime(after.startsAt, zone)}. The phases run in the order listed.`,
    )
    add(
      `phases.${after.kind}.startsAt`,
      `${PHASE_LABEL[after.kind]} must not start before ${PHASE_LABEL[before.kind]}, set to ${formatDateTime(before.startsAt, zone)}. The phases run in the order listed.`,
    )
  }
  return errors
}

/** A datetime-local value as every page prints times ("8 April 2011, 20:00"), in the zone it was typed in; null if it is not one. */
export function formatLocalInput(value: string): string | null {
  const date = parseLocalDateTime(value, 'UTC')
  return date ? format(new TZDate(date, 'UTC'), 'EEEE d MMMM yyyy, HH:mm') : null
}

const MAX_PROPOSALS_MESSAGE = 'Proposals per student must be a whole number from 1 to 10.'

export const UpdateSeasonSettings = z.object({
  seasonId: z.string({ error: 'Missing identifier.' }).min(1).max(64),
  maxProposalsPerStudent: z
    .string({ error: MAX_PROPOSALS_MESSAGE })
    .trim()
    .regex(/^\d{1,3}$/, MAX_PROPOSALS_MESSAGE)
    .transform(Number)
    .pipe(z.number().int().min(1, MAX_PROPOSALS_MESSAGE).max(10, MAX_PROPOSALS_MESSAGE)),
  // A checkbox sends "on" when ticked and nothing when not.
  allowOwnTopics: z
    .enum(['on', 'true', 'false'], { error: 'Tick the box or leave it empty.' })
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
})
