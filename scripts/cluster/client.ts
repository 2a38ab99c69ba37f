// A browser's part in the cluster test, in plain HTTP: a cookie jar, the demo sign-in and sign-out of next-auth,
// and server actions called the way Next's client calls them (POST with the Next-Action header and the arguments
// encoded as React's encodeReply does for `(previousState, formData)`: the root at "0", the form's fields
// prefixed "_1_" for the FormData it refers to as "$K1").
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

export class Jar {
  cookies = new Map<string, string>()
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      const name = pair!.slice(0, at).trim()
      const value = pair!.slice(at + 1).trim()
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
  copy() {
    const jar = new Jar()
    jar.cookies = new Map(this.cookies)
    return jar
  }
}

export async function request(base: string, path: string, jar?: Jar, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (jar?.cookies.size) headers.set('Cookie', jar.header())
  const response = await fetch(`${base}${path}`, { redirect: 'manual', ...init, headers, signal: init.signal ?? AbortSignal.timeout(20_000) })
  jar?.take(response)
  return response
}

async function csrf(base: string, jar: Jar): Promise<string> {
  const response = await request(base, '/api/auth/csrf', jar)
  return ((await response.json()) as { csrfToken: string }).csrfToken
}

/** Signs in through the demo provider (DEMO_SIGN_IN=true), as the "sign in as" list does. */
export async function signIn(base: string, userId: string, jar = new Jar()): Promise<Jar> {
  const csrfToken = await csrf(base, jar)
  const response = await request(base, '/api/auth/callback/demo', jar, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, userId, callbackUrl: '/', json: 'true' }),
  })
  if (![...jar.cookies.keys()].some((name) => name.endsWith('session-token'))) {
    throw new Error(`sign-in as ${userId} through ${base} failed: HTTP ${response.status} ${await response.text()}`)
  }
  return jar
}

export async function signOut(base: string, jar: Jar) {
  const csrfToken = await csrf(base, jar)
  const response = await request(base, '/api/auth/signout', jar, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/', json: 'true' }),
  })
  if (!response.ok) throw new Error(`sign-out through ${base} failed: HTTP ${response.status}`)
}

/** Who /api/viewer says is signed in with these cookies (null: nobody). */
export async function viewer(base: string, jar: Jar): Promise<string | null> {
  const response = await request(base, '/api/viewer', jar)
  const body = (await response.json()) as { name: string } | null
  return body?.name ?? null
}

/** Server action ids of the build by exported name (Next's server-reference manifest). */
export function actionIds(distDir = process.env.NEXT_DIST_DIR || '.next'): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(root, distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>
  }
  const ids: Record<string, string> = {}
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) ids[`${entry.filename}#${entry.exportedName}`] = id
  return ids
}

export type ActionOutcome = { status: number; result: { ok: boolean; message?: string; data?: Record<string, unknown>; fieldErrors?: unknown } | null; raw: string }

/**
 * Calls a `(previousState, formData)` server action on the page at `path`, as the page's form would with script.
 * The result is the action's ActionResult, read from the RSC answer (null when the answer had none).
 */
export async function callAction(base: string, path: string, actionId: string, fields: Record<string, string>, jar: Jar): Promise<ActionOutcome> {
  const body = new FormData()
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value)
  body.append('0', JSON.stringify(['$undefined', '$K1']))
  const response = await request(base, path, jar, {
    method: 'POST',
    headers: { 'Next-Action': actionId, Accept: 'text/x-component', Origin: base },
    body,
  })
  const raw = await response.text()
  // The answer is an RSC stream; the action's return value is the row the root ("0:") points at with "a".
  let result: ActionOutcome['result'] = null
  const rows = new Map<string, string>()
  for (const line of raw.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line)
    if (match) rows.set(match[1]!, match[2]!)
  }
  try {
    const rootRow = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null
    const ref = rootRow?.a?.startsWith('$@') ? rootRow.a.slice(2) : null
    const value = ref ? rows.get(ref) : undefined
    if (value) result = JSON.parse(value)
  } catch {
    result = null
  }
  return { status: response.status, result, raw }
}

const decodeHtml = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/**
 * The hidden fields React renders into a server-rendered form whose action is a server action (`$ACTION_REF_…`,
 * `$ACTION_…:0` with the action's id, `$ACTION_…:1` with its state): what a browser without script posts.
 */
export function actionFormFields(html: string): [string, string][] {
  const fields: [string, string][] = []
  for (const match of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1]
    if (!name?.startsWith('$ACTION')) continue
    fields.push([decodeHtml(name), decodeHtml(/\bvalue="([^"]*)"/.exec(match[0])?.[1] ?? '')])
  }
  return fields
}

/** Posts a form as a browser without script does (multipart, no Next-Action header): a progressively enhanced form. */
export async function submitForm(base: string, path: string, fields: [string, string][], jar: Jar) {
  const body = new FormData()
  for (const [key, value] of fields) body.append(key, value)
  return request(base, path, jar, { method: 'POST', headers: { Origin: base }, body })
}
