// What an audit entry changed, field by field (pure): the audit log keeps whole rows before and after.
export type FieldChange = { field: string; before: string; after: string }

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** Fields whose value differs between before and after; bookkeeping timestamps are left out. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const a = asRecord(before)
  const b = asRecord(after)
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'updatedAt' && f !== 'createdAt')
  return fields
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: show(a[field]), after: show(b[field]) }))
}
