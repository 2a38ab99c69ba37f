'use client'
// A Markdown textarea with a live, sanitized preview beside it (below it on a phone). Controlled or not:
// pass `value`/`onChange` to control it, or `defaultValue` to let it keep its own text.
import { useEffect, useId, useState } from 'react'
import type { ActionResult } from '@/lib/actions'
import { previewMarkdown } from '@/lib/markdown-preview'
import { Field, inputClass } from './ui/form'

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
  // The preview is rendered by the server; offline (or on a server error) it says so and keeps the last one.
  const [unavailable, setUnavailable] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!unavailable) return
    const retry = () => setAttempt((n) => n + 1)
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [unavailable])
  const previewId = useId()

  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(async () => {
      try {
        const result = await previewMarkdown(text)
        if (cancelled) return
        setPreview(result)
        setUnavailable(false)
      } catch {
        if (!cancelled) setUnavailable(true)
      }
    }, 400)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [text, attempt])

  const counted = hint && maxLength ? `${hint} ${text.length.toLocaleString('en')} / ${maxLength.toLocaleString('en')} characters.` : hint
  return (
    <div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Field
          name={name}
          state={state}
          hint={counted}
          label={
            <>
              {label} <span className="font-normal text-stone-500">(Markdown)</span>
            </>
          }
        >
          {(props) => (
            <textarea
              {...props}
              rows={rows}
              maxLength={maxLength}
              value={text}
              disabled={disabled}
              required={required}
              onChange={(event) => {
                setOwn(event.target.value)
                onChange?.(event.target.value)
              }}
              className={`${inputClass} font-mono text-sm`}
            />
          )}
        </Field>
        <section aria-labelledby={previewId} className="rounded-md border border-dashed border-stone-300 bg-white p-3">
          <h3 id={previewId} className="mb-2 text-sm font-medium text-stone-600">
            Preview of {label.toLowerCase()}
          </h3>
          {unavailable ? (
            <p className="mb-2 text-sm text-stone-700" role="status">
              The preview is unavailable while you are offline (or the server cannot be reached). Your text is kept; the preview returns once you are back.
            </p>
          ) : null}
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
