// Prisma 7 CLI configuration: used by `prisma generate` (scripts/prisma-generate.mjs). The database URL is
// never needed to generate; migrations are applied by lib/migrate.ts, not by the Prisma CLI (see README).
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
})
