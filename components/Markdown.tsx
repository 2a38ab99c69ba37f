import { renderMarkdown } from '@/lib/markdown'

/** Shows user-written Markdown; lib/markdown.ts sanitizes it, which is what makes the inner HTML safe. */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />
}
