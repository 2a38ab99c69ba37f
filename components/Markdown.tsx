import 'server-only'
import { log } from '@/lib/log'
import { renderMarkdownChecked } from '@/lib/markdown'

/**
 * Shows user-written Markdown; lib/markdown.ts sanitizes it, which is what makes the inner HTML safe.
 * `topHeading` is the level the text's highest heading gets, so it ranks below the section it sits in.
 */
export function Markdown({ source, className = '', topHeading = 2 }: { source: string; className?: string; topHeading?: number }) {
  const { html, plain } = renderMarkdownChecked(source, { topHeading })
  // A stored text that cannot be rendered (saved before the limits, or by hand) is shown as plain text.
  if (plain) log.warn({ chars: source.length }, 'Markdown shown as plain text: nested too deep or too long to render')
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: html }} />
}
