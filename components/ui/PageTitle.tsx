import type { ReactNode } from 'react'

export function PageTitle({ children, eyebrow, lead }: { children: ReactNode; eyebrow?: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8">
      {eyebrow ? <p className="mb-1 text-sm font-medium uppercase tracking-wide text-brand-700">{eyebrow}</p> : null}
      <h1 className="text-3xl font-bold tracking-tight text-stone-900 sm:text-4xl">{children}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg text-stone-700">{lead}</p> : null}
    </div>
  )
}
