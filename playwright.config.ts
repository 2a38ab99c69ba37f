// Browser tests in Debian's Chromium (Playwright cannot download its own browsers here) against a production
// build served by the demo launcher: one server with the demo sign-in, and one configured as in production
// (DEMO_SIGN_IN off), each on a fresh embedded database of its own.
import { defineConfig, devices } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`
// A new data folder per run: tests start from the seed, never from an earlier run's leftovers.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'summer-e2e-'))
process.env.E2E_DATA_DIR = dataDir
// The embedded database on a known port, so a spec can store what no form accepts (hostile-content.spec.ts).
const dbPort = port + 1000
process.env.E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${dbPort}/postgres?sslmode=disable`
const productionPort = Number(process.env.E2E_PRODUCTION_PORT ?? port + 10)
const productionURL = `http://localhost:${productionPort}`
const productionDataDir = process.env.E2E_PRODUCTION_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'summer-e2e-production-'))
process.env.E2E_PRODUCTION_DATA_DIR = productionDataDir

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
}

const FLOW_SPECS = ['**/student.spec.ts', '**/admin-people.spec.ts', '**/ideas-admin.spec.ts', '**/decisions.spec.ts', '**/clarity.spec.ts', '**/review.spec.ts', '**/accepted-set.spec.ts', '**/letters.spec.ts']
// Signed-out specs that need no demo sign-in run against the production server, whose database no flow
// changes: the seed's figures they check hold whatever ran before them.
const PUBLIC_SPECS = ['**/public-pages.spec.ts', '**/quality.spec.ts', '**/production-sign-in.spec.ts']

// Configured as in production: no demo "sign in as" list, no demo provider, the demo clock refused.
const productionServer = {
  command: 'node_modules/.bin/tsx scripts/demo.ts --no-build',
  url: `${productionURL}/news/feed.xml`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: {
    PORT: String(productionPort),
    SUMMER_DATA_DIR: productionDataDir,
    DATABASE_URL: '',
    NEXTAUTH_URL: productionURL,
    NEXTAUTH_SECRET: 'e2e-production-secret-not-for-production',
    DEMO_SIGN_IN: 'false',
    // Production has a mail server (e-mail links are offered only then). None of these specs sends a mail, so it
    // points at a loopback port where nothing listens: a send would fail, never leave the machine.
    SMTP_URL: 'smtp://127.0.0.1:9',
  },
}

// E2E_LANES=1 (npm test sets it): two lanes run side by side, one test at a time in each: the demo server's
// projects one after another (they share its database and its clock, which some specs move), and the production
// server's, which has a database and a clock of its own. The dependencies only chain each lane's projects (a
// project's `workers` limit alone would let two projects of one lane run together). Without it, one test at a
// time, and running one spec file runs only that file (with the chain, it would run the projects before it too).
const lanes = process.env.E2E_LANES === '1'
const after = (project: string) => (lanes ? [project] : [])

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: lanes ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  // Two cores shared with other work: a server action can take more than the default 5 s to answer.
  expect: { timeout: 10_000 },
  use: { baseURL, trace: 'retain-on-failure', launchOptions: chromium },
  // Every spec makes its own data or counts only what it owns, so projects need no order. The demo server's
  // specs run at desktop and phone width; the flow specs once, at desktop width (their snap() calls take the
  // phone-width screenshot too).
  projects: [
    { name: 'desktop', testIgnore: [...FLOW_SPECS, ...PUBLIC_SPECS], workers: 1, use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', testIgnore: [...FLOW_SPECS, ...PUBLIC_SPECS], workers: 1, dependencies: after('desktop'), use: { ...devices['Pixel 7'], launchOptions: chromium }, grep: /@phone/ },
    { name: 'flows', testMatch: FLOW_SPECS, workers: 1, dependencies: after('phone'), use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'public-desktop', testMatch: PUBLIC_SPECS, workers: 1, use: { ...devices['Desktop Chrome'], launchOptions: chromium, baseURL: productionURL } },
    { name: 'public-phone', testMatch: PUBLIC_SPECS, workers: 1, dependencies: after('public-desktop'), use: { ...devices['Pixel 7'], launchOptions: chromium, baseURL: productionURL }, grep: /@phone/ },
  ],
  // The demo server, then the production one (kept as two entries so either can change on its own).
  webServer: [{
    command: 'node_modules/.bin/tsx scripts/demo.ts --no-build',
    url: `${baseURL}/news/feed.xml`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      SUMMER_DATA_DIR: dataDir,
      DATABASE_URL: '',
      EMBEDDED_DB_PORT: String(dbPort),
      LOG_FILE: join(dataDir, 'server.log'),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
      DEMO_SIGN_IN: 'true',
    },
  }, productionServer],
})
