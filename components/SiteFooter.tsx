import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4 py-4 text-sm text-stone-600 sm:px-6">
        <span>Run with Summer, the season app for mentoring organizations.</span>
        <Link href="/news/feed.xml" className="underline hover:text-brand-700">
          News feed (Atom)
        </Link>
      </div>
    </footer>
  )
}
