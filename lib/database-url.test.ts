import { describe, expect, it } from 'vitest'
import { databaseUrlFromEnv, DatabaseConfigError, redact } from './database-url'

describe('databaseUrlFromEnv', () => {
  it('says what to set when DATABASE_URL is missing or blank', () => {
    for (const env of [{}, { DATABASE_URL: '  ' }]) {
      expect(() => databaseUrlFromEnv(env)).toThrow(DatabaseConfigError)
      expect(() => databaseUrlFromEnv(env)).toThrow(/DATABASE_URL is not set.*npm run demo/)
    }
  })
  it('rejects what is not a postgres URL, without printing the password', () => {
    expect(() => databaseUrlFromEnv({ DATABASE_URL: 'mysql://u:secret@h/db' })).toThrow(/must look like postgresql:\/\//)
    expect(() => databaseUrlFromEnv({ DATABASE_URL: 'mysql://u:secret@h/db' })).not.toThrow(/secret/)
  })
  it('accepts postgres and postgresql URLs', () => {
    expect(databaseUrlFromEnv({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db' })).toBe('postgresql://u:p@localhost:5432/db')
    expect(databaseUrlFromEnv({ DATABASE_URL: 'postgres://localhost/db' })).toBe('postgres://localhost/db')
  })
  it('redacts passwords', () => {
    expect(redact('postgresql://user:hunter2@db:5432/x')).toBe('postgresql://user:***@db:5432/x')
  })
})
