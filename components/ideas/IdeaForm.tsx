'use client'
// The idea form, in four uses: an admin creates or edits an idea; a mentor proposes one or edits their proposal.
// It submits through useFormAction, so that a refused save keeps what the person typed
// (React resets an action form's fields after every submission).
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { useFormAction } from '@/components/ui/useFormAction'
import { createIdea, proposeIdea, updateIdea, updateProposedIdea, type IdeaSaved } from '@/lib/ideas/actions'
import { IDEA_LIMITS, type IdeaStatusValue } from '@/lib/ideas/schema'
import { slugify } from '@/lib/ideas/slug'
import { MarkdownField } from '../MarkdownField'
import { Field, FormMessage, inputClass } from '../ui/form'

export type IdeaFormMode = 'create' | 'edit' | 'propose' | 'edit-proposal'

export type IdeaFormValues = {
  id: string
  slug: string
  title: string
  summary: string
  description: string
  skills: string[]
  difficulty: 'EASY' | 'MEDIUM' | 'HARD'
  expectedHours: number
  capacity: number
  status: IdeaStatusValue
  updatedAt: string
  mentorIds: string[]
}

type Props = {
  mode: IdeaFormMode
  seasonId: string
  seasonSlug: string
  idea?: IdeaFormValues
  mentors: { id: string; name: string | null; email: string | null; note?: string }[]
  /** The proposing mentor: always among the mentors, so their box is ticked and locked. */
  self?: string
  showEmails?: boolean
}

const ACTIONS = { create: createIdea, edit: updateIdea, propose: proposeIdea, 'edit-proposal': updateProposedIdea } as const
const SUBMIT = {
  create: ['Create draft', 'Creating…'],
  edit: ['Save changes', 'Saving…'],
  propose: ['Send for approval', 'Sending…'],
  'edit-proposal': ['Save changes', 'Saving…'],
} as const

export function IdeaForm({ mode, seasonId, seasonSlug, idea, mentors, self, showEmails = false }: Props) {
  const { state, pending, formProps } = useFormAction<IdeaSaved>(ACTIONS[mode])
  const router = useRouter()
  const formRef = formProps.ref
  const messageRef = useRef<HTMLDivElement>(null)
  const [title, setTitle] = useState(idea?.title ?? '')
  const [slug, setSlug] = useState(idea?.slug ?? '')
  const admin = mode === 'create' || mode === 'edit'
  const errors = (name: string) => (!state.ok ? state.fieldErrors?.[name] : undefined)

  useEffect(() => {
    if (state.ok && state.data) {
      if (mode === 'create') router.push(`/seasons/${seasonSlug}/admin/ideas/${state.data.id}/edit?created=1`)
      if (mode === 'propose') router.push(`/seasons/${seasonSlug}/mentor/ideas?proposed=${state.data.id}`)
      if (mode === 'edit') setSlug(state.data.slug)
    }
    if (!state.ok) {
      // Take keyboard and screen-reader users to the first thing to fix.
      ;(formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? messageRef.current)?.focus()
    }
  }, [state, mode, router, seasonSlug])

  const address = `/seasons/${seasonSlug}/ideas/${slug.trim() || (title.trim() ? slugify(title) : '…')}`
  const published = idea?.status === 'PUBLISHED'
  const mentorErrors = errors('mentorIds')
  const [label, pendingLabel] = SUBMIT[mode]

  return (
    <form {...formProps} noValidate className="space-y-6">
      <input type="hidden" name="seasonId" value={seasonId} />
      {idea ? <input type="hidden" name="ideaId" value={idea.id} /> : null}
      {idea ? <input type="hidden" name="version" value={idea.updatedAt} /> : null}

      <Field
        name="title"
        type="text"
        label="Title"
        state={state}
        hint={`At most ${IDEA_LIMITS.title} characters.`}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={IDEA_LIMITS.title}
        required
        autoComplete="off"
      />

      {admin ? (
        <Field
          name="slug"
          type="text"
          label="Slug (optional)"
          state={state}
          value={slug}
          onChange={(event) => setSlug(event.target.value)}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          hint={
            <>
              The last part of the idea’s public address: lower-case letters, digits and hyphens. Leave it empty to make one
              from the title (a number is added if another idea has it). Address: <code className="break-all">{address}</code>
              {published ? (
                <strong className="mt-1 block font-medium text-amber-900">
                  This idea is published: a new slug changes its public address, and links to the old address will stop working.
                </strong>
              ) : null}
            </>
          }
        />
      ) : null}

      <Field
        name="summary"
        type="text"
        label="Summary"
        state={state}
        hint={`One line of plain text for the list of ideas, at most ${IDEA_LIMITS.summary} characters.`}
        defaultValue={idea?.summary ?? ''}
        maxLength={IDEA_LIMITS.summary}
        required
      />

      <MarkdownField
        name="description"
        label="Description"
        state={state}
        rows={14}
        maxLength={IDEA_LIMITS.description}
        defaultValue={idea?.description ?? ''}
        hint="What the student will build, what they should know already, and how to get started."
      />

      <Field
        name="skills"
        type="text"
        label="Skills"
        state={state}
        hint={`Separated by commas, at most ${IDEA_LIMITS.skills}, e.g. C, Python, Git.`}
        defaultValue={idea?.skills.join(', ') ?? ''}
        autoComplete="off"
      />

      <div className="grid gap-6 sm:grid-cols-3">
        <Field name="difficulty" label="Difficulty" state={state}>
          {(props) => (
            <select {...props} defaultValue={idea?.difficulty ?? 'MEDIUM'} className={inputClass}>
              <option value="EASY">Easy</option>
              <option value="MEDIUM">Medium</option>
              <option value="HARD">Hard</option>
            </select>
          )}
        </Field>
        <Field
          name="expectedHours"
          label="Expected hours"
          state={state}
          type="number"
          inputMode="numeric"
          min={IDEA_LIMITS.hours.min}
          max={IDEA_LIMITS.hours.max}
          step={10}
          defaultValue={idea?.expectedHours ?? 350}
          hint={`From ${IDEA_LIMITS.hours.min} to ${IDEA_LIMITS.hours.max}.`}
        />
        <Field
          name="capacity"
          label="Students it can take"
          state={state}
          type="number"
          inputMode="numeric"
          min={IDEA_LIMITS.capacity.min}
          max={IDEA_LIMITS.capacity.max}
          defaultValue={idea?.capacity ?? 1}
          hint={`From ${IDEA_LIMITS.capacity.min} to ${IDEA_LIMITS.capacity.max}.`}
        />
      </div>

      <fieldset aria-describedby={['field-mentorIds-hint', mentorErrors?.length ? 'field-mentorIds-error' : null].filter(Boolean).join(' ')}>
        <legend className="text-sm font-medium text-stone-800">Mentors</legend>
        <p id="field-mentorIds-hint" className="mt-1 text-sm text-stone-600">
          {self
            ? 'You mentor the ideas you propose. Tick the co-mentors who agreed to help.'
            : 'The season’s mentors. An idea can be published without one, but students will see “to be found”.'}
        </p>
        {mentors.length ? (
          <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {mentors.map((mentor, index) => {
              const mine = mentor.id === self
              return (
                <li key={mentor.id}>
                  <label className="flex items-start gap-2 py-1">
                    <input
                      type="checkbox"
                      name="mentorIds"
                      value={mentor.id}
                      defaultChecked={mine || idea?.mentorIds.includes(mentor.id)}
                      disabled={mine}
                      aria-invalid={index === 0 && Boolean(mentorErrors?.length)}
                      className="mt-1 size-4 shrink-0 accent-brand-700"
                    />
                    <span>
                      {mentor.name ?? mentor.email}
                      {mine ? <span className="text-stone-600"> (you)</span> : null}
                      {mentor.note ? <span className="text-stone-600"> ({mentor.note})</span> : null}
                      {showEmails && mentor.name && mentor.email ? <span className="block text-sm text-stone-500 break-all">{mentor.email}</span> : null}
                    </span>
                  </label>
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-stone-600">This season has no mentors yet.</p>
        )}
        {mentorErrors?.length ? (
          <p id="field-mentorIds-error" className="mt-1 text-sm font-medium text-red-700">
            {mentorErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? pendingLabel : label}
        </button>
        {mode === 'propose' ? <p className="text-sm text-stone-600">The admins review it before it becomes public.</p> : null}
      </div>
      {/* A create or a proposal moves to another page on success; the message shows there. */}
      {state.ok && (mode === 'create' || mode === 'propose') ? null : (
        <div ref={messageRef} tabIndex={-1}>
          <FormMessage state={state} />
        </div>
      )}
    </form>
  )
}
