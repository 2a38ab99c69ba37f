'use server'
// Live preview for Markdown fields: the same sanitizing renderer the pages use, so the preview never differs
// from what will be shown. Signed-in people only; bounded input; rate-limited per person and per client address.
import { getCurrentUser } from './auth'
import { requestAddress } from './client-address'
import { checkLimit } from './rate-limit'
import { findUnrenderable, findUnsafeMarkup, renderMarkdown } from './markdown'

const MAX_PREVIEW = 50_000

export async function previewMarkdown(source: string): Promise<{ html: string; warning: string | null }> {
  const user = await getCurrentUser()
  if (!user) return { html: '', warning: 'Sign in to see a preview.' }
  const limit = await checkLimit('markdownPreview', { user: user.id, ip: await requestAddress() })
  if (!limit.ok) return { html: '', warning: `Preview paused. ${limit.message}` }
  const text = typeof source === 'string' ? source.slice(0, MAX_PREVIEW) : ''
  // The preview sits under an h3 caption in the form, so the text's own headings start at h4.
  return { html: renderMarkdown(text, { topHeading: 4 }), warning: findUnsafeMarkup(text) ?? findUnrenderable(text) }
}
