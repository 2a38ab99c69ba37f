import { describe, expect, it } from 'vitest'
import { findUnsafeMarkup, markdownToText, renderMarkdown } from './markdown'

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
