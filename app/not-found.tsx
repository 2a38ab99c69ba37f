import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-stone-700">The address may be mistyped, or the page may not be published yet.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 underline underline-offset-2">
          Go to the current season
        </Link>
      </p>
    </div>
  )
}
