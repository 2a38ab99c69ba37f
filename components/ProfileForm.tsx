'use client'
// The signed-in person's profile. Controlled fields, so a refused save never wipes what was typed.
import { useEffect, useState } from 'react'
import { updateProfile } from '@/lib/users/actions'
import { DemoConfirmationLink } from './profile/PendingEmailChange'
import { Field, FormMessage, inputClass } from './ui/form'
import { useFormAction } from './ui/useFormAction'

type Profile = { name: string; email: string; timeZone: string; githubHandle: string; school: string; country: string }

export function ProfileForm({ profile, timeZones }: { profile: Profile; timeZones: string[] }) {
  const { state, pending, formProps } = useFormAction(updateProfile)
  const [values, setValues] = useState(profile)
  const [browserZone, setBrowserZone] = useState<string | null>(null)
  const set = (key: keyof Profile) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }))

  useEffect(() => {
    setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? null)
  }, [])

  const zones = [values.timeZone, browserZone].reduce<string[]>(
    (list, zone) => (zone && !list.includes(zone) ? [...list, zone].sort() : list),
    timeZones,
  )

  return (
    <form {...formProps} className="max-w-xl space-y-5" noValidate>
      <Field
        name="name"
        type="text"
        label="Name"
        state={state}
        hint="The only thing about you that is ever shown publicly, for example in the announcement of accepted students."
        value={values.name}
        onChange={set('name')}
        autoComplete="name"
        required
        maxLength={100}
      />
      <Field
        name="email"
        label="E-mail address"
        state={state}
        hint="Where the organization writes to you, and the address for sign-in links. Never shown publicly. A new address takes effect once you open the link we mail to it."
        type="email"
        value={values.email}
        onChange={set('email')}
        autoComplete="email"
        required
        maxLength={254}
      />
      <Field
        name="timeZone"
        label="Time zone"
        state={state}
        hint="Dates and deadlines are shown to you in this zone, with the zone named."
      >
        {(props) => (
          <>
            <select {...props} value={values.timeZone} onChange={set('timeZone')} required className={inputClass}>
              {values.timeZone ? null : <option value="">Choose your time zone</option>}
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </>
        )}
      </Field>
      {browserZone && browserZone !== values.timeZone ? (
        <button
          type="button"
          onClick={() => setValues((v) => ({ ...v, timeZone: browserZone }))}
          className="-mt-3 text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
        >
          Use this device’s time zone ({browserZone.replaceAll('_', ' ')})
        </button>
      ) : null}
      <Field
        name="githubHandle"
        type="text"
        label="GitHub handle"
        state={state}
        hint="Optional. Your user name on GitHub, without the @."
        value={values.githubHandle}
        onChange={set('githubHandle')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={40}
      />
      <Field name="school" type="text" label="School or university" state={state} hint="Optional." value={values.school} onChange={set('school')} autoComplete="organization" maxLength={120} />
      <Field name="country" type="text" label="Country" state={state} hint="Optional." value={values.country} onChange={set('country')} autoComplete="country-name" maxLength={80} />
      <div className="space-y-3">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? 'Saving…' : 'Save profile'}
        </button>
        <FormMessage state={state} />
        <DemoConfirmationLink state={state} />
      </div>
    </form>
  )
}
