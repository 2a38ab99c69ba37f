'use client'
// Copies a text (an invitation link) with one tap, and says so to everyone: the button's label changes and a
// polite live region announces "Copied" to screen readers. Where the Clipboard API is missing (a page served
// over plain http at a network address), it falls back to selecting the text and the browser's copy command.
import { useEffect, useRef, useState } from 'react'

type State = 'idle' | 'copied' | 'failed'

async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // fall through to the older way
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<State>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  async function onClick() {
    const ok = await copy(text)
    setState(ok ? 'copied' : 'failed')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 4000)
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void onClick()}
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100"
      >
        {state === 'copied' ? 'Copied' : label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-stone-700">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy: select the link and copy it by hand.' : ''}
      </span>
    </span>
  )
}
