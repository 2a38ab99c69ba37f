// Counting the SQL statements a read sends to PostgreSQL, for the tests that pin query counts (they must not grow
// with the rows). Every statement goes through node-postgres's Client#query, whichever pool or adapter sends it.
import pg from 'pg'
import { vi } from 'vitest'

/** Starts counting; `count(run)` is the number of statements `run` sent. Call `restore()` when done. */
export function queryCounter() {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  return {
    async count(run: () => Promise<unknown>): Promise<number> {
      spy.mockClear()
      await run()
      return spy.mock.calls.length
    },
    restore: () => spy.mockRestore(),
  }
}
