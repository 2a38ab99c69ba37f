import { renderMarkdown } from '@/lib/markdown'

/**
 * Shows user-written Markdown; lib/markdown.ts sanitizes it, which is what makes the inner HTML safe.
 * `topHeading` is the level the text's highest heading gets, so it ranks below the section it sits in.
 */
export function Markdown({ source, className = '', topHeading = 2 }: { source: string; className?: string; topHeading?: number }) {
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source, { topHeading }) }} />
}
