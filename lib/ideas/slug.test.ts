import { describe, expect, it } from 'vitest'
import { SLUG_MAX, SLUG_PATTERN, firstFreeSlug, slugify } from './slug'

describe('slugify', () => {
  it('turns a title into kebab-case', () => {
    expect(slugify('Xen: PV USB back-end (in QEMU)')).toBe('xen-pv-usb-back-end-in-qemu')
    expect(slugify('  Hello   World  ')).toBe('hello-world')
    expect(slugify('libxl -- bindings__for  Go!')).toBe('libxl-bindings-for-go')
  })

  it('drops accents and apostrophes instead of splitting on them', () => {
    expect(slugify('Améliorer le débogueur')).toBe('ameliorer-le-debogueur')
    expect(slugify("Xen's scheduler")).toBe('xens-scheduler')
    expect(slugify('Straße über Größe')).toBe('strasse-uber-grosse')
    expect(slugify('Ærø Łódź')).toBe('aero-lodz')
  })

  it('falls back to "idea" when nothing usable is left', () => {
    expect(slugify('')).toBe('idea')
    expect(slugify('!!! ??? ***')).toBe('idea')
    expect(slugify('日本語')).toBe('idea')
  })

  it('stays short and cuts at a word boundary', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(SLUG_PATTERN)
    expect(slug.endsWith('-word') || slug === 'word').toBe(true)
    expect(slugify('a'.repeat(150))).toBe('a'.repeat(80))
  })

  it('always produces a slug the pattern accepts', () => {
    for (const title of ['A', '2011 ideas', '-leading and trailing-', 'C++ / Rust', 'x'.repeat(200)]) {
      expect(slugify(title)).toMatch(SLUG_PATTERN)
    }
  })
})

describe('SLUG_PATTERN', () => {
  it('refuses what a permalink should not hold', () => {
    for (const bad of ['', 'Upper', 'a--b', '-a', 'a-', 'a b', 'a_b', 'ä', '../x']) expect(SLUG_PATTERN.test(bad)).toBe(false)
    for (const good of ['a', 'a-b', 'pv-usb-2', '2011']) expect(SLUG_PATTERN.test(good)).toBe(true)
  })
})

describe('firstFreeSlug', () => {
  it('keeps a free slug and numbers a taken one', () => {
    expect(firstFreeSlug('idea', new Set())).toBe('idea')
    expect(firstFreeSlug('idea', new Set(['idea']))).toBe('idea-2')
    expect(firstFreeSlug('idea', new Set(['idea', 'idea-2', 'idea-3']))).toBe('idea-4')
  })

  it('never gives "page", the ideas list’s own path segment (/ideas/page/2)', () => {
    expect(firstFreeSlug(slugify('Page'), new Set())).toBe('page-2')
  })

  it('never grows past the longest slug the public pages accept', () => {
    const base = 'a'.repeat(SLUG_MAX)
    const slug = firstFreeSlug(base, new Set([base]))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX)
    expect(slug.endsWith('-2')).toBe(true)
  })
})
