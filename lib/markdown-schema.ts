// zod field for user-written Markdown: bounded, and refused when it carries script (see findUnsafeMarkup).
import { z } from 'zod'
import { findUnsafeMarkup } from './markdown'

export function markdownField(max: number, label = 'This text') {
  return z
    .string()
    .max(max, `${label} is too long: at most ${max.toLocaleString('en')} characters.`)
    .superRefine((value, ctx) => {
      const reason = findUnsafeMarkup(value)
      if (reason) ctx.addIssue({ code: 'custom', message: reason })
    })
}
