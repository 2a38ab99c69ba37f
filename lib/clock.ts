// The app's notion of "now". An organization may pin the clock (the demo of a past season, browser tests);
// every deadline and publish-time check reads the time through here, never through `new Date()` directly.
export function effectiveNow(clockOverride: Date | null | undefined, realNow: Date = new Date()): Date {
  return clockOverride ?? realNow
}
