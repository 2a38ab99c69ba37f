// npm run db:migrate — applies pending migrations to DATABASE_URL.
import { databaseUrlFromEnv, DatabaseConfigError } from '../lib/database-url'
import { migrate } from '../lib/migrate'

try {
  const result = await migrate(databaseUrlFromEnv())
  console.log(result.applied.length ? `Applied: ${result.applied.join(', ')}` : 'Database is up to date.')
} catch (error) {
  console.error(error instanceof DatabaseConfigError ? error.message : `Migration failed: ${(error as Error).message}`)
  process.exit(1)
}
