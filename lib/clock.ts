// The app's notion of "now". In the demo an organization may pin the clock (a past season, browser tests);
// every deadline and publish-time check reads the time through here, never through `new Date()` directly,
// and every time an action stores (created, updated, sent, audited) is written from it explicitly, so a page
// never shows a real time next to a pinned one. Outside the demo a pinned clock is ignored: a real season runs
// on real time, whatever the database says.
export function effectiveNow(clockOverride: Date | null | undefined, realNow: Date = new Date(), demo = true): Date {
  return (demo && clockOverride) || realNow
}

/** How far a stamp may run ahead of a standing clock before we take the clock was moved back instead. */
const DRIFT_MS = 60 * 60 * 1000

/**
 * A row's new `updatedAt`: the app's now. `updatedAt` doubles as the version a stale tab is refused by, so it
 * must change on every write: while the clock stands still (pinned), each write steps one millisecond past the
 * previous stamp, invisible on pages that show minutes. A stamp far ahead of now means the clock was moved back
 * (a demo pinned to the past): then the stamp is the clock's, so the page shows the time the app lives in.
 */
export function nextStamp(now: Date, previous: Date | null | undefined): Date {
  if (!previous) return now
  const ahead = previous.getTime() - now.getTime()
  return ahead >= 0 && ahead < DRIFT_MS ? new Date(previous.getTime() + 1) : now
}
