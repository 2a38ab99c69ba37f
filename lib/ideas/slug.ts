// Idea slugs: the last segment of an idea's permalink (/seasons/<season>/ideas/<slug>). Pure, no I/O.

/** Longest slug the public pages accept (see getPublishedIdea in ./queries.ts). */
export const SLUG_MAX = 100
/** A slug derived from a title stays shorter, so that "-2", "-3" … still fit after it. */
const DERIVED_MAX = 80

/** Slugs no idea may have: /seasons/<season>/ideas/page/<n> is a page of the ideas list, so an idea "page" could not be reached. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['page'])

/** Lower-case letters and digits in groups joined by single hyphens: "pv-usb-backend-2". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' }

/** "Xen: PV USB back-end (in QEMU)" → "xen-pv-usb-back-end-in-qemu"; "idea" when nothing usable is left. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "é" → "e"
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => LETTERS[c] ?? c) // letters that have no decomposition
    .replace(/['’]/g, '') // "Xen's" → "xens", not "xen-s"
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > DERIVED_MAX) {
      // Cut at a word boundary; a single over-long first word is cut where it must.
      if (!slug) slug = word.slice(0, DERIVED_MAX)
      break
    }
    slug = next
  }
  return slug || 'idea'
}

/** `base`, or `base-2`, `base-3` … whichever is not taken yet (nor reserved). */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  const free = (slug: string) => !taken.has(slug) && !RESERVED_SLUGS.has(slug)
  if (free(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`
    if (free(candidate)) return candidate
  }
}
