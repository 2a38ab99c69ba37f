'use client'
// The season's timeline as one form: every phase's start (and end, for windows) typed in the admin's time
// zone, and its note. One form, so the rules across phases (applications close after they open) are checked
// on the whole timeline at once. The browser shows a datetime-local input in its own locale's format (US
// month/day in many), so each date is also printed beside it the way every page prints dates.
import { useState } from 'react'
import { updateTimeline } from '@/lib/seasons/actions'
import { formatLocalInput, PHASE_NOTE_MAX } from '@/lib/seasons/schema'
import { useFormAction } from '@/components/ui/useFormAction'
import { Field, FormMessage, SubmitButton, inputClass } from '../ui/form'

export type EditablePhase = {
  kind: string
  label: string
  /** Whether the phase has an end (a window) or may show one it already has. */
  hasEnd: boolean
  endRequired: boolean
  exists: boolean
  startsAt: string
  endsAt: string
  note: string
}

export function TimelineEditor({ seasonId, timeZone, zoneName, phases }: { seasonId: string; timeZone: string; zoneName: string; phases: EditablePhase[] }) {
  const { state, formProps } = useFormAction(updateTimeline)
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(phases.flatMap((p) => [[`phases.${p.kind}.startsAt`, p.startsAt], [`phases.${p.kind}.endsAt`, p.endsAt]])),
  )
  const dateField = (name: string, label: string, defaultValue: string, required: boolean) => {
    const shown = formatLocalInput(values[name] ?? '')
    return (
      <Field name={name} label={label} state={state} hint={shown ? `${shown} (${zoneName})` : undefined}>
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            defaultValue={defaultValue}
            required={required}
            onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
            className={inputClass}
          />
        )}
      </Field>
    )
  }
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="seasonId" value={seasonId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      {phases.map((phase) => (
        <fieldset key={phase.kind} className={`rounded-lg border p-4 ${phase.exists ? 'border-stone-200 bg-white' : 'border-dashed border-stone-300 bg-stone-50'}`}>
          <legend className="px-1 font-semibold">
            {phase.label}
            {phase.exists ? null : <span className="ml-2 text-sm font-normal text-stone-600">(not on the timeline: fill in its start to add it)</span>}
          </legend>
          <div className={`grid gap-3 sm:grid-cols-2 ${phase.hasEnd ? 'lg:grid-cols-[16rem_16rem_minmax(0,1fr)]' : 'lg:grid-cols-[16rem_minmax(0,1fr)]'}`}>
            {dateField(`phases.${phase.kind}.startsAt`, phase.hasEnd ? `Starts (${zoneName})` : `Date and time (${zoneName})`, phase.startsAt, phase.exists)}
            {phase.hasEnd ? dateField(`phases.${phase.kind}.endsAt`, `Ends (${zoneName})`, phase.endsAt, phase.exists && phase.endRequired) : null}
            <Field name={`phases.${phase.kind}.note`} label="Note" state={state} className={phase.hasEnd ? 'sm:col-span-2 lg:col-span-1' : ''}>
              {(props) => <input {...props} type="text" maxLength={PHASE_NOTE_MAX} defaultValue={phase.note} className={inputClass} />}
            </Field>
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save timeline</SubmitButton>
        <p className="text-sm text-stone-600">Times are in {zoneName}, your profile’s time zone; they are stored in UTC.</p>
      </div>
      <FormMessage state={state} />
    </form>
  )
}
