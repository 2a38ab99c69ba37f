import { describe, expect, it } from 'vitest'
import { ideasPageHref } from './list-address'

describe('ideasPageHref', () => {
  it('gives page 1 the list’s own address and later pages a path each', () => {
    expect(ideasPageHref('2011', 1)).toBe('/seasons/2011/ideas')
    expect(ideasPageHref('2011', 3)).toBe('/seasons/2011/ideas/page/3')
  })

  it('keeps the filters in the query string, encoded, and leaves out empty ones', () => {
    expect(ideasPageHref('2011', 2, { q: 'usb & audio', difficulty: 'HARD', skill: '' })).toBe('/seasons/2011/ideas/page/2?q=usb+%26+audio&difficulty=HARD')
    expect(ideasPageHref('2011', 1, { skill: 'C++' })).toBe('/seasons/2011/ideas?skill=C%2B%2B')
  })
})
