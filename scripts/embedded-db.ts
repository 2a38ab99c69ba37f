// The embedded database on its own, as the demo's launcher runs it (lib/embedded-postgres.ts), for the bench:
// `tsx scripts/embedded-db.ts <data folder>` prints the connection URL as one line on stdout and serves until it
// is sent SIGTERM. The bench measures this process's resident memory as the launcher's.
import { startEmbeddedPostgres } from '../lib/embedded-postgres'

const dataDir = process.argv[2]
if (!dataDir) {
  console.error('usage: tsx scripts/embedded-db.ts <data folder>')
  process.exit(2)
}
const embedded = await startEmbeddedPostgres({ dataDir })
process.stdout.write(`${embedded.url}\n`)
const stop = () => void embedded.stop().finally(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
