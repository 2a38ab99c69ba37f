// Configuration for Prisma 6.19's CLI (installed as the alias "prisma-diff"), used only to *compute* migration
// SQL with its WebAssembly schema engine, offline. The engine opens a connection
// even for a pure schema-to-schema diff, so scripts/migration-diff.ts points it at a throwaway in-memory PGlite.
import { defineConfig } from 'prisma-diff/config'
import { PrismaPg } from 'adapter-pg-619'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString: process.env.DIFF_DATABASE_URL ?? 'postgresql://unused@127.0.0.1:1/unused' }),
})
