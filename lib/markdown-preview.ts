'use server'
// Live preview for Markdown fields: the same sanitizing renderer the pages use, so the preview never differs
// from what will be shown. Signed-in people only; bounded input.
import { getCurrentUser } from './auth'
import { findUnrenderable, findUnsafeMarkup, renderMarkdown } from './markdown'

const MAX_PREVIEW = 50_000

export async function previewMarkdown(source: string): Promise<{ html: string; warning: string | null }> {
  if (!(await getCurrentUser())) return { html: '', warning: 'Sign in to see a preview.' }
  const text = typeof source === 'string' ? source.slice(0, MAX_PREVIEW) : ''
  // The preview sits under an h3 caption in the form, so the text's own headings start at h4.
  return { html: renderMarkdown(text, { topHeading: 4 }), warning: findUnsafeMarkup(text) ?? findUnrenderable(text) }
}
