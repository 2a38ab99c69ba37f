// The proposal forms: starting one, its text (saved as a draft or submitted), withdrawing. Shared by the
// editor and the actions. Limits are exported so the form can show them as it counts.
import { z } from 'zod'
import { markdownField } from '@/lib/markdown-schema'

export const LIMITS = { title: 120, abstract: 1500, plan: 20_000, timeline: 10_000, links: 5, link: 500, hoursMin: 1, hoursMax: 60 } as const

/** Browsers send textarea line breaks as CRLF; count and store them as one character, as the form does. */
const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '')

const id = (message: string) => z.preprocess(text, z.string().min(1, message).max(64, message))

/** An HTML tag or comment in text that is meant to be plain. "a < b" and "<3" are fine. */
export function findHtmlTag(value: string): string | null {
  const match = /<\s*\/?\s*[a-z][a-z0-9-]*(\s[^<>]*)?\/?\s*>|<!--/i.exec(value)
  return match ? match[0].slice(0, 40) : null
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

/** One address per line; blank lines ignored, repeated ones kept once. */
export function splitLinks(value: string): string[] {
  return [...new Set(value.split('\n').map((line) => line.trim()).filter(Boolean))]
}

const links = z.preprocess(
  text,
  z.string().transform((value, ctx) => {
    const list = splitLinks(value)
    if (list.length > LIMITS.links) {
      ctx.addIssue({ code: 'custom', message: `Give at most ${LIMITS.links} links (there are ${list.length}).` })
      return z.NEVER
    }
    for (const link of list) {
      const shown = link.length > 60 ? `${link.slice(0, 57)}…` : link
      if (link.length > LIMITS.link) ctx.addIssue({ code: 'custom', message: `“${shown}” is too long for a link (at most ${LIMITS.link} characters).` })
      else if (!isWebAddress(link)) ctx.addIssue({ code: 'custom', message: `“${shown}” is not a web address: it must start with https:// or http://.` })
    }
    return list
  }),
)

const HOURS_MESSAGE = `Enter the hours per week as a whole number from ${LIMITS.hoursMin} to ${LIMITS.hoursMax}.`

const hoursPerWeek = z.preprocess(
  (value) => {
    const raw = text(value).trim()
    if (raw === '') return null
    return /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN
  },
  z.number({ error: HOURS_MESSAGE }).int(HOURS_MESSAGE).min(LIMITS.hoursMin, HOURS_MESSAGE).max(LIMITS.hoursMax, HOURS_MESSAGE).nullable(),
)

/** The text of a proposal. Drafts may be incomplete; missingForSubmission (rules.ts) says what submitting needs. */
export const ProposalContent = z.object({
  title: z.preprocess(
    (value) => text(value).trim(),
    z.string().max(LIMITS.title, `The title is too long: at most ${LIMITS.title} characters.`).refine((v) => !v.includes('\n'), 'The title is one line.'),
  ),
  abstract: z.preprocess(
    (value) => text(value).trim(),
    z
      .string()
      .max(LIMITS.abstract, `The abstract is too long: at most ${LIMITS.abstract.toLocaleString('en')} characters.`)
      .superRefine((value, ctx) => {
        const tag = findHtmlTag(value)
        if (tag) ctx.addIssue({ code: 'custom', message: `The abstract is plain text: remove the HTML “${tag}”.` })
      }),
  ),
  plan: z.preprocess(text, markdownField(LIMITS.plan, 'The plan')),
  timeline: z.preprocess(text, markdownField(LIMITS.timeline, 'The timeline')),
  hoursPerWeek,
  links,
})

export type ProposalContentInput = z.infer<typeof ProposalContent>

export const CONTENT_FIELDS = ['title', 'abstract', 'plan', 'timeline', 'hoursPerWeek', 'links'] as const

/** Save (draft or submitted) and submit carry the whole text, and the version the editor last saw. */
export const ProposalWrite = ProposalContent.extend({
  proposalId: id('This proposal does not exist.'),
  // updatedAt of the row as the editor loaded or last saved it; a different one means another tab wrote since.
  version: z.preprocess(text, z.string().max(40)).optional(),
})

export const StartProposal = z.object({
  seasonId: id('Choose a season.'),
  // An idea's id, or OWN_TOPIC when the season accepts students' own topics.
  idea: id('Choose the idea your proposal is for.'),
})

export const OWN_TOPIC = 'own-topic'

export const WithdrawProposal = z.object({ proposalId: id('This proposal does not exist.') })
