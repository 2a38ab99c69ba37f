import { redirect } from 'next/navigation'
import { connection } from 'next/server'

export default async function MyPages() {
  await connection() // signed-in area: per request, with its CSP nonce
  redirect('/me/proposals')
}
