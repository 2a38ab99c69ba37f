// The end of `npm test` (scripts/test.sh), printed whether the run passed or not: one line per stage, the
// database engine, flaky browser tests, and last `tests: N passed, N failed, N skipped`, which CI reads.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
const read = (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null)
const json = (name) => {
  try {
    return JSON.parse(read(name) ?? 'null')
  } catch {
    return null
  }
}
const stages = new Map(
  (read('stages') ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .map(([name, status]) => [name, Number(status)]),
)
const totals = { passed: 0, failed: 0, skipped: 0, flaky: 0 }
const lines = []
const outcome = (name) => (!stages.has(name) ? 'not run' : stages.get(name) === 0 ? 'passed' : `FAILED (exit ${stages.get(name)})`)

/** A stage that is not a test runner: a failure counts as one failed check. */
function check(name, label) {
  lines.push(`  ${label.padEnd(22)}${outcome(name)}`)
  if (stages.has(name) && stages.get(name) !== 0) totals.failed += 1
}

/** A test runner's counts; a runner that failed without a report (it crashed) counts as one failure. */
function runner(name, label, counts, extra = '') {
  if (!stages.has(name)) return lines.push(`  ${label.padEnd(22)}not run`)
  if (!counts) {
    lines.push(`  ${label.padEnd(22)}${outcome(name)}, no report`)
    if (stages.get(name) !== 0) totals.failed += 1
    return
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0
  // A runner that exited non-zero with no failed test (a file that did not load, a global setup that threw).
  if (stages.get(name) !== 0 && counts.failed === 0) totals.failed += 1
  const flaky = counts.flaky ? `, ${counts.flaky} flaky` : ''
  const failedRun = stages.get(name) !== 0 ? `${outcome(name)}: ` : ''
  lines.push(`  ${label.padEnd(22)}${failedRun}${counts.passed} passed, ${counts.failed} failed${flaky}, ${counts.skipped} skipped${extra}`)
}

check('types', 'type check')
check('migrations', 'migrations')
const v = json('vitest.json')
const engine = read('engine.txt')?.trim()
runner(
  'vitest',
  'unit + integration',
  v && {
    passed: v.numPassedTests,
    // A file that fails to load has no failed test of its own; count it.
    failed: v.numFailedTests + v.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length,
    skipped: v.numPendingTests + v.numTodoTests,
  },
  engine ? ` (database: ${engine})` : '',
)
check('build', 'production build')
const p = json('playwright.json')
runner('playwright', 'browser', p && { passed: p.stats.expected, failed: p.stats.unexpected, flaky: p.stats.flaky, skipped: p.stats.skipped }, ' (database: embedded PGlite, one per server)')
// The cluster test (node's test runner) writes TAP; its closing comments carry the counts.
const tap = read('cluster.tap')
const tapCount = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap ?? '')?.[1] ?? 0)
runner('cluster', 'cluster', tap && /^# tests \d+$/m.test(tap) ? { passed: tapCount('pass'), failed: tapCount('fail') + tapCount('cancelled'), skipped: tapCount('skipped') + tapCount('todo') } : null, ' (two instances, nginx, Redis)')

console.log('\n== Summary')
console.log(lines.join('\n'))
if (totals.flaky) {
  const titles = []
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) if (t.status === 'flaky') titles.push(`${t.projectName} › ${[...path, spec.title].join(' › ')}`)
    for (const child of suite.suites ?? []) walk(child, [...path, child.title])
  }
  for (const suite of p.suites ?? []) walk(suite, [suite.title])
  console.log(`flaky: ${totals.flaky} passed only on a retry:\n${titles.map((t) => `  ${t}`).join('\n')}`)
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
