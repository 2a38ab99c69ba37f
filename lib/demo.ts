// Whether this instance runs the demo (`npm run demo` sets DEMO_SIGN_IN=true). Read on each call, not at import,
// so a test can switch it. Outside the demo: no "sign in as" list, and the app runs on real time.
export function isDemo(): boolean {
  return process.env.DEMO_SIGN_IN === 'true'
}
