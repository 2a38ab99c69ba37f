'use client'

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-16 text-center" role="alert">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-stone-700">Nothing you entered was lost. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </div>
  )
}
