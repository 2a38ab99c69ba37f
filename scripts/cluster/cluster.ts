// A cluster on loopback for `npm run test:cluster`: Redis (the machine's redis-server on a private port), a
// throwaway database on the machine's PostgreSQL (migrated and seeded), two production instances of one build
// (`next start`) sharing both, and nginx (Debian's package) in front, round robin. Everything runs as child
// processes of this one and is stopped by `stop()` (also on SIGINT/SIGTERM and on exit).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createClient } from '@redis/client'
import { migrate } from '../../lib/migrate'
import { createPrismaClient } from '../../lib/prisma-client'
import { seedDemo } from '../../prisma/seed'
import { createTestDatabase } from '../../tests/support/test-database'

const root = resolve(import.meta.dirname, '../..')
const BASE_PORT = Number(process.env.CLUSTER_PORT ?? 3700)
export const PORTS = { nginx: BASE_PORT, a: BASE_PORT + 1, b: BASE_PORT + 2, redis: Number(process.env.CLUSTER_REDIS_PORT ?? BASE_PORT + 90) }
const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server'
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx'

export type Instance = { name: 'A' | 'B'; port: number; url: string; process: ChildProcess; log: string; distDir: string }

export type Cluster = {
  /** nginx in front of both instances. */
  url: string
  a: Instance
  b: Instance
  redisUrl: string
  databaseUrl: string
  db: ReturnType<typeof createPrismaClient>
  dir: string
  kill: (instance: Instance) => void
  /** Sends nginx's traffic to these instances only (reloads its configuration); the others stay up, idle. */
  useOnly: (...instances: Instance[]) => Promise<void>
  /** Stops Redis (an outage) and starts it again, empty. */
  redis: { stop: () => Promise<void>; start: () => Promise<void> }
  /** Empties Redis: for changes made behind the app's back while setting a test up. */
  flushCache: () => Promise<void>
  stop: () => Promise<void>
}

/** The deployment id a build was made with ('' for none). */
export function deploymentId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(join(root, distDir, 'routes-manifest.json'), 'utf8')) as { deploymentId?: string }
  return manifest.deploymentId ?? ''
}

const children: ChildProcess[] = []
function startChild(command: string, args: string[], options: Parameters<typeof spawn>[2] & { log: string }) {
  const out = openSync(options.log, 'a')
  const child = spawn(command, args, { ...options, stdio: ['ignore', out, out] })
  children.push(child)
  return child
}
const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null
// SIGTERM first: nginx's master then stops its workers (a SIGKILLed master leaves them serving the port).
function killAll(signal: NodeJS.Signals = 'SIGTERM') {
  for (const child of children) if (running(child)) child.kill(signal)
}
async function stopAll() {
  killAll('SIGTERM')
  const until = Date.now() + 5_000
  while (children.some(running) && Date.now() < until) await sleep(100)
  killAll('SIGKILL')
}
process.on('exit', () => killAll())
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    killAll()
    process.exit(130)
  })

/** Refuses to start on a port something else answers on (a leftover run would serve the test instead). */
async function assertFree(port: number) {
  const taken = await new Promise<boolean>((done) => {
    const socket = connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      done(true)
    })
    socket.once('error', () => done(false))
  })
  if (taken) throw new Error(`port ${port} is in use: stop what listens there, or set CLUSTER_PORT to another range`)
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess, log?: string) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode})${log ? `:\n${tail(log)}` : ''}`)
    if (await check().catch(() => false)) return
    await sleep(200)
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s${log ? `:\n${tail(log)}` : ''}`)
}

function tail(file: string, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

/** The nginx configuration: round robin over the two instances, as an unprivileged process in `dir`. */
export function nginxConfig(dir: string, upstreams = [PORTS.a, PORTS.b], listen = PORTS.nginx) {
  return `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  upstream summer {
    # Round robin (nginx's default). A refused connection moves the request to the other instance; a POST that
    # reached an instance is never sent again (non_idempotent is off), so nothing is submitted twice.
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://summer;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`
}

export async function startCluster(): Promise<Cluster> {
  for (const [binary, pkg] of [[REDIS_SERVER, 'redis-server'], [NGINX, 'nginx']] as const) {
    if (!existsSync(binary)) throw new Error(`${binary} is missing: install Debian's ${pkg} (scripts/test-cluster.sh does it when run as root)`)
  }
  // A runs the build in NEXT_DIST_DIR; B runs CLUSTER_B_DIST_DIR, a second build of the same source made separately
  // with the same server-action key and deployment id (scripts/test-cluster.sh), as on machines that each build.
  const distDirs = { A: process.env.NEXT_DIST_DIR || '.next', B: process.env.CLUSTER_B_DIST_DIR || process.env.NEXT_DIST_DIR || '.next' }
  for (const distDir of new Set(Object.values(distDirs))) {
    if (!existsSync(join(root, distDir, 'BUILD_ID'))) throw new Error(`no production build in ${distDir}: run \`npx next build\` first`)
  }
  for (const port of Object.values(PORTS)) await assertFree(port)
  const dir = mkdtempSync(join(tmpdir(), 'summer-cluster-'))
  chmodSync(dir, 0o755)
  const stops: (() => Promise<void>)[] = []

  // Redis, in memory only.
  const redisLog = join(dir, 'redis.log')
  const redisUrl = `redis://127.0.0.1:${PORTS.redis}`
  let redisProcess: ChildProcess
  const startRedis = async () => {
    redisProcess = startChild(REDIS_SERVER, ['--port', String(PORTS.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { log: redisLog })
    await waitFor(
      'redis-server',
      async () => {
        const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } })
        client.on('error', () => {})
        await client.connect()
        await client.close()
        return true
      },
      10_000,
      redisProcess,
      redisLog,
    )
  }
  await startRedis()

  // The database: a throwaway one on the machine's PostgreSQL, migrated and seeded like the demo's.
  const database = await createTestDatabase('summer_cluster', 'server')
  stops.push(database.drop)
  await migrate(database.url)
  const db = createPrismaClient(database.url)
  stops.push(() => db.$disconnect())
  await seedDemo(db)

  // Two instances with the same build id and server-action keys; one secret signs every session.
  const secret = randomBytes(32).toString('base64url')
  const url = `http://127.0.0.1:${PORTS.nginx}`
  const start = (name: 'A' | 'B', port: number): Instance => {
    const log = join(dir, `instance-${name}.log`)
    const child = startChild(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: root,
      log,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: distDirs[name],
        // Next reads the deployment id at start as well as at build: each instance is given the one it was built with.
        NEXT_DEPLOYMENT_ID: deploymentId(distDirs[name]),
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '5',
        // CLUSTER_WITHOUT_REDIS=1: each instance caches and counts on its own, to see the checks fail.
        REDIS_URL: process.env.CLUSTER_WITHOUT_REDIS ? '' : redisUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: url,
        DEMO_SIGN_IN: 'true',
        TRUST_PROXY: '1',
        NEXT_TELEMETRY_DISABLED: '1',
        RATE_LIMIT_STORE: '',
        SMTP_URL: process.env.CLUSTER_SMTP_URL ?? '',
        // The outbox's periodic run every 2 s (30 s by default), so the mail check need not wait long.
        OUTBOX_DISPATCH_SECONDS: '2',
      },
    })
    return { name, port, url: `http://127.0.0.1:${port}`, process: child, log, distDir: distDirs[name] }
  }
  const a = start('A', PORTS.a)
  const b = start('B', PORTS.b)
  for (const instance of [a, b]) {
    await waitFor(`instance ${instance.name}`, async () => (await fetch(`${instance.url}/api/viewer`)).ok, 90_000, instance.process, instance.log)
  }

  // nginx, as nobody when this runs as root: it needs no privilege on a high port.
  for (const sub of ['nginx-body', 'nginx-proxy', 'nginx-fastcgi', 'nginx-uwsgi', 'nginx-scgi']) mkdirSync(join(dir, sub))
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir))
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
  if (process.getuid?.() === 0) spawnSync('chown', ['-R', '65534:65534', dir])
  const nginxLog = join(dir, 'nginx.log')
  writeFileSync(nginxLog, '')
  if (process.getuid?.() === 0) chownSync(nginxLog, 65534, 65534)
  const nginx = startChild(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', join(dir, 'nginx-error.log')], { log: nginxLog, ...asNobody })
  await waitFor('nginx', async () => (await fetch(`${url}/api/viewer`)).ok, 10_000, nginx, join(dir, 'nginx-error.log'))

  return {
    url,
    a,
    b,
    redisUrl,
    databaseUrl: database.url,
    db,
    dir,
    kill: (instance) => instance.process.kill('SIGKILL'),
    async useOnly(...instances) {
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, instances.map((i) => i.port)))
      nginx.kill('SIGHUP')
      await sleep(1_000) // old workers finish, new ones take over
    },
    redis: {
      async stop() {
        redisProcess.kill('SIGTERM')
        while (running(redisProcess)) await sleep(50)
      },
      start: startRedis,
    },
    async flushCache() {
      const client = createClient({ url: redisUrl })
      await client.connect()
      await client.flushAll()
      await client.close()
    },
    async stop() {
      await stopAll()
      for (const stop of stops.reverse()) await stop().catch((error: Error) => console.error(`cluster: cleanup: ${error.message}`))
      if (!process.env.CLUSTER_KEEP_LOGS) rmSync(dir, { recursive: true, force: true })
    },
  }
}
