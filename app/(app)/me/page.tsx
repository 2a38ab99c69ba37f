import { redirect } from 'next/navigation'

export default function MyPages() {
  redirect('/me/proposals')
}
