import { Markdown as SanitizedMarkdown } from '@/components/Markdown'

type Props = { proposal: { title: string; abstract: string; plan: string; timeline: string; hoursPerWeek: number | null; links: string[] } }

/** The student's Markdown under this page's h2 sections: their own headings start at h3. */
function Markdown({ source }: { source: string }) {
  return <SanitizedMarkdown source={source} topHeading={3} className="max-w-3xl" />
}

/** A proposal as text only: what the student sees once it can no longer be changed. */
export function ProposalView({ proposal }: Props) {
  const empty = <p className="text-stone-500">Not written.</p>
  return (
    <div className="space-y-8">
      <section aria-labelledby="abstract-heading">
        <h2 id="abstract-heading" className="mb-2 text-xl font-semibold">
          Abstract
        </h2>
        {proposal.abstract ? <p className="max-w-3xl whitespace-pre-line leading-relaxed">{proposal.abstract}</p> : empty}
      </section>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading" className="mb-2 text-xl font-semibold">
          Plan
        </h2>
        {proposal.plan ? <Markdown source={proposal.plan} /> : empty}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-2 text-xl font-semibold">
          Weekly timeline
        </h2>
        {proposal.timeline ? <Markdown source={proposal.timeline} /> : empty}
      </section>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-2 text-xl font-semibold">
          Time and links
        </h2>
        <dl className="space-y-2">
          <div>
            <dt className="text-sm text-stone-600">Hours per week</dt>
            <dd>{proposal.hoursPerWeek ?? 'Not given'}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">Links</dt>
            <dd>
              {proposal.links.length ? (
                <ul className="list-disc pl-5">
                  {proposal.links.map((link) => (
                    <li key={link} className="break-all">
                      <a href={link} rel="nofollow noopener noreferrer" className="text-brand-700 underline underline-offset-2">
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                'None'
              )}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  )
}
