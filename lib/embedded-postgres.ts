// The embedded default database: PGlite (Postgres compiled to WebAssembly) served on loopback, so the app
// talks to it through the same driver and Prisma adapter as to a real PostgreSQL server.
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { mkdirSync } from 'node:fs'

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> }

/**
 * Starts PGlite on 127.0.0.1. `dataDir` persists the data (one process may open a folder at a time);
 * without it the database lives in memory. `port` 0 picks a free port.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  // shared_buffers is PostgreSQL's page cache, here inside this process's WebAssembly memory, which grows to its
  // peak and never shrinks: 64 MB (PostgreSQL's default is 128 MB) keeps the process under 500 MB with a
  // 2,000-proposal season under load (npm run bench), and the demo's data fits in it many times over.
  const db = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), postgresqlconf: ['shared_buffers = 64MB'] })
  // PGlite is one session underneath; the socket server multiplexes connections onto it (default: 1).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections: 32 })
  await server.start()
  // start() records the port it was given by the OS (port 0) on the instance.
  const port = (server as unknown as { port?: number }).port
  if (!port) throw new Error('embedded Postgres: could not tell which port it listens on')
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop()
      await db.close()
    },
  }
}
