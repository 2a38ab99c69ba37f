// Reads and checks DATABASE_URL once, so that a missing or malformed value yields one clear line, not a stack trace.
import { z } from 'zod'

export class DatabaseConfigError extends Error {}

const DatabaseUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must look like postgresql://user:password@host:5432/database',
  })

export function databaseUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const raw = env.DATABASE_URL
  if (raw === undefined || raw.trim() === '') {
    throw new DatabaseConfigError(
      'DATABASE_URL is not set: run the app with `npm run demo` (it starts the embedded database), or set DATABASE_URL=postgresql://user:password@host:5432/database.',
    )
  }
  const parsed = DatabaseUrl.safeParse(raw)
  if (!parsed.success) {
    throw new DatabaseConfigError(`DATABASE_URL ${parsed.error.issues[0]?.message ?? 'is invalid'}; got "${redact(raw)}".`)
  }
  return parsed.data
}

/** Hides a password in a connection string before it is printed. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
