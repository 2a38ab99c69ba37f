import { describe, expect, it } from 'vitest'
import { findUnrenderable, findUnsafeMarkup, MARKDOWN_MAX_DEPTH, markdownToText, renderMarkdown } from './markdown'
import { markdownField } from './markdown-schema'

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    const html = renderMarkdown('Some **bold** text and a [link](https://xen.org).\n\n- one\n- two')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<a href="https://xen.org" rel="nofollow noopener noreferrer">link</a>')
    expect(html).toContain('<li>one</li>')
  })

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n<a href="javascript:alert(4)" onclick="x()">a</a>\n\n<iframe src="https://evil.example"></iframe>',
    )
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i)
  })

  it('makes the highest heading an h2 so it never competes with the page title or skips a level', () => {
    expect(renderMarkdown('# Title\n\n## Sub')).toBe('<h2>Title</h2>\n<h3>Sub</h3>\n')
    expect(renderMarkdown('### Project\n\ntext')).toContain('<h2>Project</h2>')
  })

  it('gives plain text for summaries', () => {
    expect(markdownToText('# Hello\n\nSome *text* <b>here</b>')).toBe('Hello Some text here')
  })
})

describe('findUnsafeMarkup', () => {
  it('refuses scripts, embeds, event handlers and javascript: links with a reason', () => {
    expect(findUnsafeMarkup('Hi <script>alert(1)</script>')).toMatch(/script/)
    expect(findUnsafeMarkup('<iframe src="x">')).toMatch(/embedded/)
    expect(findUnsafeMarkup('<img src=x onerror=alert(1)>')).toMatch(/event handler/)
    expect(findUnsafeMarkup('[x](javascript:alert(1))')).toMatch(/javascript:/)
    expect(findUnsafeMarkup('<a href="javascript:x">')).toMatch(/javascript:/)
  })
  it('accepts ordinary Markdown, code about scripts included in words', () => {
    expect(findUnsafeMarkup('# Plan\n\n- write a `description` of the onboarding\n- [docs](https://xen.org)')).toBeNull()
  })
})

// Texts that overflowed marked's recursive parser (a 500 on every page showing them) or took seconds to render.
const HOSTILE: [string, string][] = [
  ['1,900 nested quotes', '>'.repeat(1900)],
  ['nested quotes with spaces', '> '.repeat(2000) + 'x'],
  ['a "- - -" chain that is not a rule', '- '.repeat(2000) + 'x'],
  ['nested numbered lists', '1. '.repeat(2000) + 'x'],
  ['quotes and lists mixed', '> - '.repeat(1000) + 'x'],
  ['lists nested by indentation', Array.from({ length: 120 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n')],
  ['quotes deepening line by line', Array.from({ length: 150 }, (_, i) => `${'>'.repeat(i)} x`).join('\n')],
]

describe('bounded rendering', () => {
  it.each(HOSTILE)('shows %s as plain text instead of throwing', (_name, source) => {
    const html = renderMarkdown(source)
    expect(html).not.toMatch(/<blockquote|<ul|<ol/)
    expect(html.startsWith('<p>')).toBe(true)
    expect(markdownToText(source).length).toBeGreaterThan(0)
  })

  it.each(HOSTILE)('refuses %s on save with a message', (_name, source) => {
    expect(findUnrenderable(source)).toMatch(/nested|cannot be displayed|too long/)
    const parsed = markdownField(20_000, 'The description').safeParse(source)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toMatch(/nested more than 16 levels|cannot be displayed/)
  })

  it('shows a text longer than any field allows as plain text', () => {
    expect(renderMarkdown('# Big\n\n' + 'word '.repeat(30_000))).not.toContain('<h2>')
  })

  it('renders and accepts nesting up to the limit, rules made of dashes, and quotes inside code', () => {
    const deep = `${'> '.repeat(MARKDOWN_MAX_DEPTH)}deep`
    expect(findUnrenderable(deep)).toBeNull()
    expect(renderMarkdown(deep).match(/<blockquote>/g)).toHaveLength(MARKDOWN_MAX_DEPTH)
    expect(findUnrenderable(`${'> '.repeat(MARKDOWN_MAX_DEPTH + 1)}deeper`)).toMatch(/nested/)
    expect(findUnrenderable(`text\n\n${'- '.repeat(500)}\n\nmore`)).toBeNull()
    expect(renderMarkdown('- - -')).toBe('<hr />\n')
    const code = '```\n' + '> '.repeat(300) + '\n```\nafter'
    expect(findUnrenderable(code)).toBeNull()
    expect(renderMarkdown(code)).toContain('<pre><code>')
    expect(findUnrenderable('# Plan\n\n- one\n  - two\n    - three\n\n> quoted\n> > twice')).toBeNull()
  })
})

describe('images', () => {
  it('become links, so no remote image loads when a page is viewed (tracking pixels)', () => {
    const html = renderMarkdown('![The logo](https://tracker.example/p.gif "Logo") and <img src="https://tracker.example/q.png" alt="raw">')
    expect(html).not.toContain('<img')
    expect(html).toContain('<a href="https://tracker.example/p.gif" title="Logo" rel="nofollow noopener noreferrer">Image: The logo</a>')
    expect(html).toContain('<a href="https://tracker.example/q.png" rel="nofollow noopener noreferrer">Image: raw</a>')
    expect(renderMarkdown('![x](javascript:alert(1))')).not.toContain('javascript:')
  })
})
