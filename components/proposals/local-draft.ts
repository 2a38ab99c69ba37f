// The browser's own copy of a proposal's text, written on every change and removed once the server has it.
// It is what keeps typing safe when a save fails, the network drops, or the tab is closed mid-sentence.

export type ProposalFields = { title: string; abstract: string; plan: string; timeline: string; hoursPerWeek: string; links: string }

export type LocalDraft = {
  fields: ProposalFields
  /** When the text was last changed in this browser (ms since epoch). */
  changedAt: number
  /** The server version (updatedAt) the edit started from. */
  version: string
}

const key = (proposalId: string) => `summer:proposal:${proposalId}`

export function readLocalDraft(proposalId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(proposalId))
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<LocalDraft>
    const f = parsed.fields as Partial<ProposalFields> | undefined
    if (!f || typeof parsed.changedAt !== 'number' || typeof parsed.version !== 'string') return null
    const text = (value: unknown) => (typeof value === 'string' ? value : '')
    return {
      fields: { title: text(f.title), abstract: text(f.abstract), plan: text(f.plan), timeline: text(f.timeline), hoursPerWeek: text(f.hoursPerWeek), links: text(f.links) },
      changedAt: parsed.changedAt,
      version: parsed.version,
    }
  } catch {
    return null
  }
}

/** False when the browser refuses (private mode, storage full): the caller then says so. */
export function writeLocalDraft(proposalId: string, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key(proposalId), JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

export function removeLocalDraft(proposalId: string) {
  try {
    window.localStorage.removeItem(key(proposalId))
  } catch {
    // nothing to do: storage is unavailable, so there is no copy either
  }
}

export function sameFields(a: ProposalFields, b: ProposalFields): boolean {
  return (Object.keys(a) as (keyof ProposalFields)[]).every((k) => a[k] === b[k])
}

/**
 * Whether a local copy should replace what the server sent: it must differ, and either start from the version
 * the server still has (so it is simply unsaved) or have been written after the server's version.
 */
export function localCopyIsNewer(local: LocalDraft, server: { fields: ProposalFields; updatedAt: string }): boolean {
  if (sameFields(local.fields, server.fields)) return false
  return local.version === server.updatedAt || local.changedAt > Date.parse(server.updatedAt)
}
