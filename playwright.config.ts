// Browser tests in Debian's Chromium (Playwright cannot download its own browsers here) against a production
// build served by the demo launcher on a fresh embedded database.
import { defineConfig, devices } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`
// A new data folder per run: tests start from the seed, never from an earlier run's leftovers.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'summer-e2e-'))
process.env.E2E_DATA_DIR = dataDir

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
}

const FLOW_SPECS = ['**/student.spec.ts', '**/admin-people.spec.ts', '**/ideas-admin.spec.ts', '**/review.spec.ts']

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: { baseURL, trace: 'retain-on-failure', launchOptions: chromium },
  // Read-only specs first, at desktop and phone width, while the database is exactly the seed (they assert
  // its figures). The flow specs change data (people join, ideas come and go), so they run after, once, at
  // desktop width; their snap() calls take the phone-width screenshot too.
  projects: [
    { name: 'desktop', testIgnore: FLOW_SPECS, use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    { name: 'phone', testIgnore: FLOW_SPECS, use: { ...devices['Pixel 7'], launchOptions: chromium }, grep: /@phone/ },
    { name: 'flows', testMatch: FLOW_SPECS, dependencies: ['desktop', 'phone'], use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
  ],
  webServer: {
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
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
      DEMO_SIGN_IN: 'true',
    },
  },
})
