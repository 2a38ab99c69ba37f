// Runs `prisma generate` with no network: the CLI insists that a schema-engine binary exists before it
// generates, so point it at a stand-in that fails loudly if anything ever tries to run it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? `${root}scripts/no-schema-engine.sh`,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
}
const result = spawnSync(process.execPath, [`${root}node_modules/prisma/build/index.js`, 'generate'], {
  cwd: root,
  env,
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
