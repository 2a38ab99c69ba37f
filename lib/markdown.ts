// Markdown to HTML for everything users write (idea descriptions, plans, announcements), sanitized with an
// allow-list so that a <script>, an onclick or a javascript: link never reaches a browser.
import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'del',
    'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'sup', 'sub',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], code: ['class'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  transformTags: {
    // Links written by users open normally but never pass our page to the target as the opener or referrer.
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
}
allowed.allowedAttributes = { ...allowed.allowedAttributes, a: ['href', 'title', 'rel'] }

/**
 * Shift headings so the highest one in the text becomes `top` (h2 by default): a user's "# Title" never
 * competes with the page's own h1, and a text that starts at "###" does not skip a level.
 */
function normalizeHeadings(html: string, top: number): string {
  const levels = [...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]))
  if (levels.length === 0) return html
  const shift = top - Math.min(...levels)
  return html.replace(/<(\/?)h([1-6])>/g, (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Math.max(1, Number(level) + shift))}>`)
}

export function renderMarkdown(source: string, options: { topHeading?: number } = {}): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false })
  return sanitizeHtml(normalizeHeadings(html, options.topHeading ?? 2), allowed)
}

/** Plain text of a Markdown source, for summaries and feed entries. */
export function markdownToText(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Why a piece of user Markdown is refused, or null when it is fine. Rendering sanitizes anyway; refusing on
 * input tells the writer at once instead of silently dropping what they typed.
 */
export function findUnsafeMarkup(source: string): string | null {
  if (/<\s*script\b/i.test(source)) return 'Remove the <script> tag: scripts are not allowed.'
  if (/<\s*(iframe|object|embed|style|form)\b/i.test(source)) return 'Remove the embedded HTML element (iframe, object, embed, style or form).'
  if (/\son[a-z]+\s*=/i.test(source)) return 'Remove the inline event handler (such as onclick=).'
  if (/\]\(\s*(javascript|data|vbscript):/i.test(source) || /(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(source)) {
    return 'Remove the javascript: (or data:) link.'
  }
  return null
}
