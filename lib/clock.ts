// The app's notion of "now". In the demo an organization may pin the clock (a past season, browser tests);
// every deadline and publish-time check reads the time through here, never through `new Date()` directly.
// Outside the demo a pinned clock is ignored: a real season runs on real time, whatever the database says.
export function effectiveNow(clockOverride: Date | null | undefined, realNow: Date = new Date(), demo = true): Date {
  return (demo && clockOverride) || realNow
}
