'use client'
import { setDemoClock } from '@/lib/clock/actions'
import { Field, FormMessage, SubmitButton, inputClass } from './ui/form'
import { useFormAction } from './ui/useFormAction'

/**
 * Admin control. In the demo: pin the app's clock to a moment of the season, or return to real time. Outside
 * the demo a clock left pinned in the database is ignored; this only offers to clear it.
 * current: the pinned moment as ISO (the input's value) and as the viewer reads it (their zone, named).
 */
export function DemoClockForm({ demo, seasonId, current, presets }: { demo: boolean; seasonId: string; current: { iso: string; label: string } | null; presets: { label: string; at: string }[] }) {
  const { state, formProps } = useFormAction(setDemoClock)
  const reset = useFormAction(setDemoClock)
  return (
    <section aria-labelledby="clock-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="clock-heading" className="text-lg font-semibold">
        Demo clock
      </h2>
      {demo ? (
        <p className="mb-3 text-sm text-stone-700">
          {current ? (
            <>
              The app’s clock is pinned to <time dateTime={current.iso}>{current.label}</time>.
            </>
          ) : (
            'The app runs on real time.'
          )}{' '}
          Move it to see the season at another moment: deadlines and publish times follow it.
        </p>
      ) : (
        <p className="mb-3 text-sm text-stone-700">
          The database pins the clock to {current ? <time dateTime={current.iso}>{current.label}</time> : 'a moment'}, left from a demo. This is
          not the demo, so the app ignores it and runs on real time. Clear it to tidy up.
        </p>
      )}
      {demo ? <form {...formProps} className="space-y-3">
        <input type="hidden" name="seasonId" value={seasonId} />
        <Field name="at" label="Moment (UTC)" state={state} hint="An ISO date and time, e.g. 2011-04-01T12:00:00Z, or “reset”.">
          {(props) => (
            <>
              <input {...props} type="text" list="clock-presets" required className={inputClass} defaultValue={current?.iso ?? ''} />
              <datalist id="clock-presets">
                {presets.map((preset) => (
                  <option key={preset.at} value={preset.at}>
                    {preset.label}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <div className="flex flex-wrap gap-2">
          <SubmitButton pendingLabel="Moving…">Move the clock</SubmitButton>
        </div>
        <FormMessage state={state} />
      </form> : null}
      <form {...reset.formProps} className="mt-2">
        <input type="hidden" name="seasonId" value={seasonId} />
        <input type="hidden" name="at" value="reset" />
        <SubmitButton variant="secondary">Back to real time</SubmitButton>
        <FormMessage state={reset.state} />
      </form>
    </section>
  )
}
