// What the benches (scripts/bench.ts, scripts/bench-load.ts) share to drive the app from outside: running a
// command from the repository's root, and waiting for a started server to answer.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

/** Runs a command in the repository's root with its output shown; rejects when it exits with an error. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, failed) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    child.on('close', (code) => (code === 0 ? done() : failed(new Error(`${args.join(' ')} exited with ${code}`))))
  })
}

/** Resolves once `url` answers 2xx; rejects after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`)
}
