// The repository stands alone: no tracked file (code, tests, scripts, config) reads anything beside the clone,
// such as the project's shared folder. Markdown docs may mention where facts came from.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const OUTSIDE = /shared\//

describe('the repository', () => {
  it('reads nothing outside itself', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !file.endsWith('.md') && file !== 'tests/standalone.test.ts' && !file.endsWith('package-lock.json'))
    const offenders = files.filter((file) => {
      try {
        return OUTSIDE.test(readFileSync(file, 'utf8'))
      } catch {
        return false // deleted in the work tree
      }
    })
    expect(offenders).toEqual([])
  })
})
