import { describe, expect, it } from 'vitest'
import { pageCount, pageOf, pageWindow, parsePageNumber } from './paging'

describe('pageCount', () => {
  it('fills whole pages and one more for the rest; an empty list is one page', () => {
    expect(pageCount(400, 50)).toBe(8)
    expect(pageCount(401, 50)).toBe(9)
    expect(pageCount(20, 50)).toBe(1)
    expect(pageCount(0, 50)).toBe(1)
  })
})

describe('parsePageNumber', () => {
  it('reads a plainly written whole number from 1', () => {
    expect(parsePageNumber('2')).toBe(2)
    expect(parsePageNumber('17')).toBe(17)
  })

  it('refuses anything else, so one page has one address', () => {
    for (const raw of ['0', '-1', '02', '2.0', '+2', '1e1', 'two', '', ' 2', '9999999', undefined, null]) {
      expect(parsePageNumber(raw), String(raw)).toBeNull()
    }
  })
})

describe('pageOf', () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1)

  it('gives the page’s items and which of the total they are', () => {
    expect(pageOf(items, 1, 50)).toMatchObject({ page: 1, pages: 3, total: 120, first: 1, last: 50 })
    const last = pageOf(items, 3, 50)!
    expect(last.items).toEqual(items.slice(100))
    expect(last).toMatchObject({ first: 101, last: 120 })
  })

  it('has no page past the last or before the first', () => {
    expect(pageOf(items, 4, 50)).toBeNull()
    expect(pageOf(items, 0, 50)).toBeNull()
    expect(pageOf(items, 1.5, 50)).toBeNull()
  })

  it('shows an empty list as one empty page', () => {
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pages: 1, total: 0, first: 0, last: 0 })
  })
})

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4])
  })

  it('keeps the first, the last and the current page’s neighbours, with gaps between', () => {
    expect(pageWindow(5, 9)).toEqual([1, null, 4, 5, 6, null, 9])
    expect(pageWindow(1, 8)).toEqual([1, 2, null, 8])
    expect(pageWindow(8, 8)).toEqual([1, null, 7, 8])
  })

  it('shows a single left-out number rather than a gap standing for it', () => {
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, null, 8])
  })
})
