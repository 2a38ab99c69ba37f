// Unit tests (*.test.ts beside the logic) and integration tests (tests/*.int.test.ts) on a real Postgres
// engine: a throwaway database on the machine's server when one answers, else an in-memory embedded one.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // 'server-only' throws outside React Server Components; tests are server code too.
      'server-only': fileURLToPath(new URL('./tests/support/empty.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'prisma/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration tests share one seeded database and each cleans up what it writes.
    fileParallelism: false,
  },
})
