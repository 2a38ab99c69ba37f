// zod field for user-written Markdown: bounded, refused when it carries script (see findUnsafeMarkup) or when
// it could not be rendered (nesting too deep, see findUnrenderable).
import { z } from 'zod'
import { findUnrenderable, findUnsafeMarkup } from './markdown'

export function markdownField(max: number, label = 'This text') {
  return z
    .string()
    .max(max, `${label} is too long: at most ${max.toLocaleString('en')} characters.`)
    .superRefine((value, ctx) => {
      if (value.length > max) return // already refused; do not spend time rendering it
      const reason = findUnsafeMarkup(value) ?? findUnrenderable(value)
      if (reason) ctx.addIssue({ code: 'custom', message: reason })
    })
}
