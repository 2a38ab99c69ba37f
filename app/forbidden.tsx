import Link from 'next/link'

export default function Forbidden() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">403</p>
      <h1 className="mt-2 text-3xl font-bold">This page is not for your role</h1>
      <p className="mt-3 text-stone-700">You are signed in, but your role in this season does not include this page. If you think it should, ask the season’s admins.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline underline-offset-2">
          Go to the current season
        </Link>
      </p>
    </div>
  )
}
