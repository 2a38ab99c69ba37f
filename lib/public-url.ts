// The site's public address for absolute links that leave the page (mails, the Atom feed): NEXTAUTH_URL, the one
// configured address, never the Host header a request happened to arrive with (which anyone can forge).
export function publicUrl(path = ''): string {
  const base = (process.env.NEXTAUTH_URL || 'http://localhost:3000').replace(/\/+$/, '')
  return `${base}${path}`
}
