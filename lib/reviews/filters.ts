// The review list's view as the URL holds it (filters, sort, page), so a view can be shared and bookmarked.
// Pure: parsing never fails (anything malformed is dropped), and `listHref` writes it back.
import { z } from 'zod'
import type { ReviewFlag } from './flag-labels'

export const SORTS = ['submitted', 'title', 'idea', 'student', 'reviews', 'mine', 'score', 'calibrated', 'spread', 'willing'] as const
export const FLAGS = ['conflict', 'discuss', 'withdrawn', 'duplicate'] as const satisfies readonly ReviewFlag[]
export const PAGE_SIZE = 50
/** Up to this many ideas (those with proposals) the idea filter is a list to pick from; beyond, a search on titles. */
export const IDEA_CHOICES = 50

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional().catch(undefined)
const score = z.coerce.number().min(1).max(5).optional().catch(undefined)

export const ReviewListView = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  idea: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  ideaTitle: z.string().trim().max(100).optional().catch(undefined), // the idea's title contains this
  unreviewed: z.literal('1').optional().catch(undefined), // not reviewed by me
  fewer: int(1, 50), // fewer than N reviews
  min: score,
  max: score,
  flag: z.enum(FLAGS).optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: int(1, 10_000),
})

export type ReviewListView = z.infer<typeof ReviewListView>

export function parseReviewListView(searchParams: Record<string, string | string[] | undefined>): ReviewListView {
  return ReviewListView.parse(Object.fromEntries(Object.keys(ReviewListView.shape).map((key) => [key, first(searchParams[key])])))
}

/** The list's address for a view; `change` overrides parts of it (undefined removes a part). */
export function listHref(base: string, view: ReviewListView, change: Partial<Record<keyof ReviewListView, string | number | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...view, ...change }
  const params = new URLSearchParams()
  for (const key of Object.keys(ReviewListView.shape)) {
    const value = merged[key]
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value))
  }
  const query = params.toString()
  return query ? `${base}?${query}` : base
}
