'use client'
// A Markdown textarea with a live, sanitized preview beside it (below it on a phone). Controlled or not:
// pass `value`/`onChange` to control it, or `defaultValue` to let it keep its own text.
import { useEffect, useId, useState } from 'react'
import type { ActionResult } from '@/lib/actions'
import { previewMarkdown } from '@/lib/markdown-preview'
import { inputClass } from './ui/form'

type Props = {
  name: string
  label: string
  hint?: string
  rows?: number
  maxLength?: number
  state?: ActionResult<unknown>
  value?: string
  defaultValue?: string
  onChange?: (value: string) => void
  disabled?: boolean
  required?: boolean
}

export function MarkdownField({ name, label, hint, rows = 10, maxLength, state, value, defaultValue = '', onChange, disabled, required }: Props) {
  const [own, setOwn] = useState(defaultValue)
  const text = value ?? own
  const [preview, setPreview] = useState<{ html: string; warning: string | null }>({ html: '', warning: null })
  const id = `field-${name}`
  const previewId = useId()
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined

  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(async () => {
      const result = await previewMarkdown(text)
      if (!cancelled) setPreview(result)
    }, 400)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [text])

  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-stone-800">
            {label} <span className="font-normal text-stone-500">(Markdown)</span>
          </label>
          <textarea
            id={id}
            name={name}
            rows={rows}
            maxLength={maxLength}
            value={text}
            disabled={disabled}
            required={required}
            aria-invalid={Boolean(errors?.length)}
            aria-describedby={describedBy}
            onChange={(event) => {
              setOwn(event.target.value)
              onChange?.(event.target.value)
            }}
            className={`${inputClass} font-mono text-sm`}
          />
          {hint ? (
            <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
              {hint}
              {maxLength ? ` ${text.length.toLocaleString('en')} / ${maxLength.toLocaleString('en')} characters.` : ''}
            </p>
          ) : null}
          {errors?.length ? (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
              {errors.join(' ')}
            </p>
          ) : null}
        </div>
        <section aria-labelledby={previewId} className="rounded-md border border-dashed border-stone-300 bg-white p-3">
          <h3 id={previewId} className="mb-2 text-sm font-medium text-stone-600">
            Preview of {label.toLowerCase()}
          </h3>
          {preview.warning ? (
            <p className="mb-2 text-sm font-medium text-red-700" role="status">
              {preview.warning}
            </p>
          ) : null}
          <div className="markdown text-sm" dangerouslySetInnerHTML={{ __html: preview.html }} />
        </section>
      </div>
    </div>
  )
}
