// Markdown to HTML for everything users write (idea descriptions, plans, announcements), sanitized with an
// allow-list so that a <script>, an onclick or a javascript: link never reaches a browser. Rendering is bounded:
// quotes and lists nested deeper than MARKDOWN_MAX_DEPTH (which would overflow marked's recursive parser) are
// refused on save (findUnrenderable) and, if such a text is already stored, shown as plain text: never a 500.
import { marked, type Token } from 'marked'
import sanitizeHtml from 'sanitize-html'

/** How deep quotes and lists may sit inside each other; real writing stays far below it. */
export const MARKDOWN_MAX_DEPTH = 16
/** A text longer than this is shown as plain text at view time (every input field allows far less). */
export const MARKDOWN_RENDER_MAX_CHARS = 100_000
/** A text whose rendering takes longer than this on save is refused: pages render it on every view. */
const SAVE_RENDER_BUDGET_MS = 2_000

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
    // Images become links: a remote image would load from its host for every reader (a tracking pixel); a link
    // loads nothing until the reader chooses to open it.
    img: (_tag, attribs) => ({
      tagName: 'a',
      attribs: { ...(attribs.src ? { href: attribs.src } : {}), ...(attribs.title ? { title: attribs.title } : {}), rel: 'nofollow noopener noreferrer' },
      text: `Image: ${attribs.alt?.trim() || attribs.src || 'no description'}`,
    }),
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
  const shift = top - levels.reduce((a, b) => Math.min(a, b))
  return html.replace(/<(\/?)h([1-6])>/g, (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Math.max(1, Number(level) + shift))}>`)
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const CONTAINER_MARKER = /^[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/

/**
 * The most quote and list markers any line opens at its start ("> > - x" opens three), outside fenced code.
 * A cheap look at the source before marked sees it, so a hostile text never reaches its recursion.
 */
export function markdownNestingDepth(source: string): number {
  let deepest = 0
  let fence: string | null = null
  for (const line of source.split('\n')) {
    const opener = FENCE.exec(line)?.[1]
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = null
      continue
    }
    if (opener) {
      fence = opener
      continue
    }
    if (THEMATIC_BREAK.test(line)) continue // "- - -" alone is a rule, not three lists
    let depth = 0
    for (let rest = line, m = CONTAINER_MARKER.exec(rest); m; m = CONTAINER_MARKER.exec(rest)) {
      depth++
      rest = rest.slice(m[0].length)
    }
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

/** How deep quotes and lists nest in marked's tokens (walked without recursion). */
function tokenNestingDepth(tokens: Token[]): number {
  let deepest = 0
  const stack: { tokens: Token[]; depth: number }[] = [{ tokens, depth: 0 }]
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    for (const token of frame.tokens) {
      const depth = frame.depth + (token.type === 'blockquote' || token.type === 'list' ? 1 : 0)
      deepest = Math.max(deepest, depth)
      const children = [...('tokens' in token && Array.isArray(token.tokens) ? token.tokens : []), ...('items' in token && Array.isArray(token.items) ? token.items : [])]
      if (children.length) stack.push({ tokens: children as Token[], depth })
    }
  }
  return deepest
}

type Rendered = { ok: true; html: string } | { ok: false; reason: 'too-long' | 'too-deep' | 'failed' }

/** marked's HTML for a source, or why it cannot be shown. Never throws. */
function parseBounded(source: string): Rendered {
  if (source.length > MARKDOWN_RENDER_MAX_CHARS) return { ok: false, reason: 'too-long' }
  if (markdownNestingDepth(source) > MARKDOWN_MAX_DEPTH) return { ok: false, reason: 'too-deep' }
  try {
    const tokens = marked.lexer(source, { gfm: true, breaks: false })
    if (tokenNestingDepth(tokens) > MARKDOWN_MAX_DEPTH) return { ok: false, reason: 'too-deep' }
    return { ok: true, html: marked.parser(tokens, { gfm: true, breaks: false }) }
  } catch {
    return { ok: false, reason: 'failed' } // e.g. a stack overflow the checks above did not foresee
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A text that cannot be rendered, shown as what it is: escaped plain paragraphs, bounded in size. */
function plainTextHtml(source: string): string {
  return source
    .slice(0, MARKDOWN_RENDER_MAX_CHARS)
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('\n')
}

/** Sanitized HTML for a source; `plain` is true when it had to be shown as plain text (see parseBounded). */
export function renderMarkdownChecked(source: string, options: { topHeading?: number } = {}): { html: string; plain: boolean } {
  const rendered = parseBounded(source)
  if (!rendered.ok) return { html: plainTextHtml(source), plain: true }
  return { html: sanitizeHtml(normalizeHeadings(rendered.html, options.topHeading ?? 2), allowed), plain: false }
}

export function renderMarkdown(source: string, options: { topHeading?: number } = {}): string {
  return renderMarkdownChecked(source, options).html
}

/** Plain text of a Markdown source, for summaries and feed entries. */
export function markdownToText(source: string): string {
  const rendered = parseBounded(source)
  const html = rendered.ok ? rendered.html : escapeHtml(source.slice(0, MARKDOWN_RENDER_MAX_CHARS))
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Why a text cannot be shown as Markdown, or null when it can: pages render stored text on every view, so a
 * text that would not render (or only slowly) is refused when it is saved, with a message saying what to change.
 */
export function findUnrenderable(source: string): string | null {
  const started = performance.now()
  const rendered = parseBounded(source)
  if (rendered.ok) {
    sanitizeHtml(rendered.html, allowed)
    if (performance.now() - started <= SAVE_RENDER_BUDGET_MS) return null
    return 'This text takes too long to display. Make it shorter or simpler (fewer nested quotes and lists).'
  }
  if (rendered.reason === 'too-long') return `This text is too long to display: at most ${MARKDOWN_RENDER_MAX_CHARS.toLocaleString('en')} characters.`
  if (rendered.reason === 'too-deep') {
    return `Quotes or lists are nested more than ${MARKDOWN_MAX_DEPTH} levels deep (lines starting with many “>” or “-”). Flatten them to save the text.`
  }
  return 'This text cannot be displayed: simplify its structure (nested quotes and lists) to save it.'
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
