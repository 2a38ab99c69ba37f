'use client'
// One letter template: subject and body with their merge fields, and beside them the letter as one real
// applicant of the season would get it, filled as the admin types (the same fill the staged letters use).
import { useId, useState } from 'react'
import { fillTemplate, MERGE_FIELDS, type LetterKind, type MergeField, type MergeValues } from '@/lib/letters'
import { saveLetterTemplate } from '@/lib/letters/actions'
import { BODY_MAX, SUBJECT_MAX } from '@/lib/letters/schema'
import { useFormAction } from '@/components/ui/useFormAction'
import { Field, FormMessage, SubmitButton, inputClass } from '../ui/form'

export type PreviewApplicant = { studentId: string; name: string; kind: LetterKind; values: MergeValues }

type Props = {
  seasonId: string
  kind: LetterKind
  label: string
  subject: string
  body: string
  fields: MergeField[]
  applicants: PreviewApplicant[]
}

export function LetterTemplateForm({ seasonId, kind, label, subject: initialSubject, body: initialBody, fields, applicants }: Props) {
  const { state, formProps } = useFormAction(saveLetterTemplate)
  const [subject, setSubject] = useState(initialSubject)
  const [body, setBody] = useState(initialBody)
  // Those who get this letter first; before the decisions every applicant can stand in.
  const candidates = [...applicants.filter((a) => a.kind === kind), ...applicants.filter((a) => a.kind !== kind)]
  const [studentId, setStudentId] = useState(candidates[0]?.studentId ?? '')
  const applicant = candidates.find((a) => a.studentId === studentId)
  const previewId = useId()
  const prefix = kind === 'ACCEPTED' ? 'accepted' : 'not-selected'
  return (
    <form {...formProps} className="space-y-4" aria-label={`${label} letter`}>
      <input type="hidden" name="seasonId" value={seasonId} />
      <input type="hidden" name="kind" value={kind} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          {/* Two of these forms share the page: ids carry the letter's kind. */}
          <Field name="subject" label={`Subject of the “${label.toLowerCase()}” letter`} state={state} idPrefix={prefix}>
            {(props) => <input {...props} type="text" required maxLength={SUBJECT_MAX} value={subject} onChange={(e) => setSubject(e.target.value)} className={inputClass} />}
          </Field>
          <Field name="body" label={`Text of the “${label.toLowerCase()}” letter`} hint={`Merge fields: ${fields.map((f) => `{{${f}}}`).join(', ')}.`} state={state} idPrefix={prefix}>
            {(props) => <textarea {...props} rows={16} required maxLength={BODY_MAX} value={body} onChange={(e) => setBody(e.target.value)} className={`${inputClass} font-mono text-sm`} />}
          </Field>
        </div>
        <section aria-labelledby={previewId} className="rounded-md border border-dashed border-stone-300 bg-white p-3">
          <h3 id={previewId} className="mb-2 text-sm font-medium text-stone-700">
            Preview of the “{label.toLowerCase()}” letter
          </h3>
          {applicant ? (
            <>
              <label htmlFor={`${prefix}-preview-for`} className="block text-sm font-medium text-stone-800">
                As it reads for
              </label>
              <select id={`${prefix}-preview-for`} value={studentId} onChange={(e) => setStudentId(e.target.value)} className={inputClass}>
                {candidates.map((a) => (
                  <option key={a.studentId} value={a.studentId}>
                    {a.name}
                    {a.kind === kind ? '' : ' (gets the other letter)'}
                  </option>
                ))}
              </select>
              <p className="mt-3 text-sm">
                <span className="font-medium">Subject:</span> <span data-testid={`${prefix}-preview-subject`}>{fillTemplate(subject, applicant.values)}</span>
              </p>
              <pre data-testid={`${prefix}-preview`} className="mt-2 whitespace-pre-wrap break-words rounded bg-stone-50 p-3 font-mono text-sm text-stone-900">
                {fillTemplate(body, applicant.values)}
              </pre>
            </>
          ) : (
            <p className="text-sm text-stone-600">No applications yet: the preview needs a real applicant.</p>
          )}
        </section>
      </div>
      <details className="text-sm text-stone-700">
        <summary className="cursor-pointer font-medium">What each merge field stands for</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {fields.map((f) => (
            <div key={f} className="contents">
              <dt className="font-mono">{`{{${f}}}`}</dt>
              <dd>{MERGE_FIELDS[f].label}</dd>
            </div>
          ))}
        </dl>
      </details>
      <SubmitButton pendingLabel="Saving…">Save the “{label.toLowerCase()}” letter</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
