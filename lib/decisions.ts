// When a season's decisions (which proposals were accepted) become public: at the start of its "Accepted
// students announced" phase, by the app's clock. Until then every public figure, page and feed, and each
// student's own page, reads as if nothing were decided. No phase set: never. Pure; the queries apply it.
export type PhaseLike = { kind: string; startsAt: Date }

export function decisionsPublishedAt(phases: PhaseLike[]): Date | null {
  return phases.find((p) => p.kind === 'ACCEPTED_ANNOUNCED')?.startsAt ?? null
}

export function decisionsArePublic(phases: PhaseLike[], now: Date): boolean {
  const at = decisionsPublishedAt(phases)
  return at !== null && now.getTime() >= at.getTime()
}
