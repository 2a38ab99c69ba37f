// Times the pure cores against issue 16's targets: the accepted-set solver on 1,000 and 10,000 proposals and the
// calibration fit on 8,000 reviews. Prints a table; `--json <file>` also writes it for `npm run bench` to fold in.
// Usage: npm run bench:pure [-- --json bench-pure.json]
import { writeFileSync } from 'node:fs'
import { solveAcceptedSet } from '@/lib/accepted-set'
import { fitCalibration } from '@/lib/calibration'
import { largeRankList, plantSeason } from '@/tests/support/planted-seasons'

type Row = { name: string; runs: number; medianMs: number; p95Ms: number; cpuMedianMs: number; targetMs: number | null; note: string }

const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * Runs fn a few times to warm the JIT, then times `runs` runs: wall clock, and the process's CPU time, which a
 * busy shared machine disturbs much less (the wall clock also counts the time other processes hold the core).
 */
function time(fn: () => unknown, runs: number): { median: number; p95: number; cpuMedian: number } {
  for (let i = 0; i < 3; i++) fn()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const cpuStarted = cpuMs()
    fn()
    cpu.push(cpuMs() - cpuStarted)
    wall.push(performance.now() - started)
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return { median: wall[Math.floor(runs / 2)]!, p95: wall[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]!, cpuMedian: cpu[Math.floor(runs / 2)]! }
}

const rows: Row[] = []
const solver: Record<number, { wall: number; cpu: number }> = {}
for (const n of [1_000, 10_000]) {
  const input = largeRankList(n, 2011)
  const accepted = solveAcceptedSet(input).accepted.length
  const { median, p95, cpuMedian } = time(() => solveAcceptedSet(input), 30)
  solver[n] = { wall: median, cpu: cpuMedian }
  rows.push({
    name: `accepted-set solver, ${n.toLocaleString('en')} proposals`,
    runs: 30,
    medianMs: median,
    p95Ms: p95,
    cpuMedianMs: cpuMedian,
    targetMs: n === 10_000 ? 100 : null,
    note: `${input.slots} slots, ${accepted} accepted`,
  })
}
const reviews = plantSeason(2011, { proposals: 2000, reviewers: 150, perProposal: 4 }).reviews
const fit = fitCalibration(reviews)
const calibration = time(() => fitCalibration(reviews), 20)
rows.push({
  name: `calibration fit, ${reviews.length.toLocaleString('en')} reviews`,
  runs: 20,
  medianMs: calibration.median,
  p95Ms: calibration.p95,
  cpuMedianMs: calibration.cpuMedian,
  targetMs: 200,
  note: `${fit.iterations} sweeps, ICC ${fit.icc?.toFixed(2)}`,
})

const ratio = solver[10_000]!.wall / solver[1_000]!.wall
const cpuRatio = solver[10_000]!.cpu / solver[1_000]!.cpu
const pad = (s: string, n: number) => s.padEnd(n)
const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10)
console.log(`${pad('', 42)}${'median'.padStart(10)}${'p95'.padStart(10)}${'cpu'.padStart(10)}  target (median)`)
for (const row of rows) {
  const verdict = row.targetMs === null ? '' : `< ${row.targetMs} ms ${row.medianMs < row.targetMs ? 'ok' : 'MISSED'}`
  console.log(`${pad(row.name, 42)}${ms(row.medianMs)}${ms(row.p95Ms)}${ms(row.cpuMedianMs)}  ${pad(verdict, 18)}${row.note}`)
}
console.log(`solver time ratio 10,000 / 1,000: ${ratio.toFixed(1)} wall, ${cpuRatio.toFixed(1)} cpu (target ≤ 12: ${ratio <= 12 ? 'ok' : 'MISSED'} wall, ${cpuRatio <= 12 ? 'ok' : 'MISSED'} cpu)`)

const jsonAt = process.argv.indexOf('--json')
if (jsonAt !== -1) {
  const path = process.argv[jsonAt + 1]
  if (!path) throw new Error('--json needs a file name')
  writeFileSync(path, JSON.stringify({ rows, solverRatio: ratio, solverCpuRatio: cpuRatio }, null, 2) + '\n')
}
