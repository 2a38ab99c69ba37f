import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { fitCalibration } from '@/lib/calibration'

// How calibrated scores, standard errors and the agreement figure are computed. Static: the worked example is
// fitted by the same code as the review workspace, on made-up scores, when the page is built.

export const metadata: Metadata = {
  title: 'How review scores are calibrated',
  description: 'The model behind calibrated scores, standard errors, the agreement figure and the disagreement queue.',
}

const example = [
  { proposal: 'A', scores: { Ana: 5, Ben: 4 } },
  { proposal: 'B', scores: { Ben: 3, Cy: 3 } },
  { proposal: 'C', scores: { Ana: 4, Ben: 3 } },
  { proposal: 'D', scores: { Ana: 5, Cy: 3 } },
  { proposal: 'E', scores: { Ana: 5 } },
  { proposal: 'F', scores: { Ben: 3, Cy: 2 } },
] as const
const mentors = ['Ana', 'Ben', 'Cy'] as const

const number = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const signed = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' })

export default function ReviewScoresHelpPage() {
  const fit = fitCalibration(
    example.flatMap(({ proposal, scores }) => Object.entries(scores).map(([reviewerId, score]) => ({ proposalId: proposal, reviewerId, score }))),
  )
  const rows = example.map(({ proposal, scores }) => ({ proposal, scores: scores as Partial<Record<(typeof mentors)[number], number>>, ...fit.proposals.get(proposal)! }))
  const rawOrder = [...rows].sort((a, b) => b.rawMean - a.rawMean || a.proposal.localeCompare(b.proposal)).map((r) => r.proposal)
  const calibratedOrder = [...rows].sort((a, b) => b.calibrated - a.calibrated).map((r) => r.proposal)

  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Help' }, { label: 'Review scores' }]} />
      <PageTitle
        eyebrow="Help"
        lead="Some mentors score harshly and some generously, and each proposal is read by only a few of them. A calibrated score takes each mentor's habit out, so that a proposal is not ranked low because of who happened to read it."
      >
        How review scores are calibrated
      </PageTitle>

      <div className="max-w-3xl space-y-10 text-stone-800">
        <Section id="model" title="The model">
          <p>
            We use the additive model that the NeurIPS conference has used to calibrate its reviewers&apos; scores. Every
            overall score a mentor gives is read as the sum of four parts:
          </p>
          <Formula label="The model">score = overall mean + proposal quality + mentor leniency + noise</Formula>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <strong>Overall mean</strong>: the typical score this season.
            </li>
            <li>
              <strong>Proposal quality</strong>: how much better or worse than typical the proposal is. This is what we want
              to know.
            </li>
            <li>
              <strong>Mentor leniency</strong>: how much higher than others this mentor scores the same work. Positive for a
              generous mentor, negative for a harsh one.
            </li>
            <li>
              <strong>Noise</strong>: everything else — a tired evening, a detail one reader noticed and another did not.
            </li>
          </ul>
          <p>
            A proposal&apos;s <strong>calibrated score</strong> is the overall mean plus its quality, on the same 1 to 5 scale as
            the scores themselves. The raw mean is shown beside it.
          </p>
        </Section>

        <Section id="fitting" title="How the parts are found">
          <p>
            Quality and leniency are found together, by alternating averages: start with every leniency at zero; estimate
            each proposal&apos;s quality from its scores with its reviewers&apos; leniency taken out; then each mentor&apos;s
            leniency from their scores with the proposals&apos; quality taken out; and repeat until nothing moves.
          </p>
          <Formula label="One round of the fit">
            {'quality of a proposal = sum over its reviews of (score − overall mean − reviewer\u2019s leniency) ÷ (number of its reviews + k)\n'}
            {'leniency of a mentor = sum over their reviews of (score − overall mean − proposal\u2019s quality) ÷ (number of their reviews + m)'}
          </Formula>
          <p>
            The extra <strong>k</strong> and <strong>m</strong> in the divisions are <strong>shrinkage</strong>: they act like
            that many imaginary reviews that say &ldquo;exactly average&rdquo;. A mentor with forty reviews is corrected
            almost fully; a mentor with two reviews only partly, because two scores say little about a habit. A proposal
            with a single review is pulled toward the mean, because one score, however high, is weak evidence. k and m are
            not chosen by hand: they come from the same fit (the noise&apos;s variance divided by the spread of quality, or of
            leniency, across the season), and m is never below 1.
          </p>
          <p>
            Leniency can only be told where mentors&apos; reading overlaps: if two mentors never read a proposal in common,
            and no chain of other mentors links them, the fit cannot say which of them is the harsh one.
          </p>
        </Section>

        <Section id="example" title="A worked example">
          <p>
            Three mentors score six proposals. Ana is generous and Cy is harsh. Proposal E was read only by Ana.
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="mb-2 text-left text-stone-600">
                Scores from 1 to 5, the raw mean, and the calibrated score with its standard error.
              </caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="py-2 pr-3">
                    Proposal
                  </th>
                  {mentors.map((mentor) => (
                    <th key={mentor} scope="col" className="py-2 pr-3 text-right">
                      {mentor}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pr-3 text-right">
                    Raw mean
                  </th>
                  <th scope="col" className="py-2 text-right">
                    Calibrated
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.proposal} className="border-b border-stone-200">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                      {row.proposal}
                    </th>
                    {mentors.map((mentor) => (
                      <td key={mentor} className="py-1.5 pr-3 text-right tabular-nums">
                        {row.scores[mentor] ?? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="sr-only">not read</span>
                          </>
                        )}
                      </td>
                    ))}
                    <td className="py-1.5 pr-3 text-right tabular-nums">{number.format(row.rawMean)}</td>
                    <td className="py-1.5 text-right tabular-nums">
                      {number.format(row.calibrated)} ± {number.format(row.stdError)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            The fit finds these leniencies:{' '}
            {mentors.map((mentor, i) => (
              <span key={mentor}>
                {mentor} {signed.format(fit.reviewers.get(mentor)!.leniency)}
                {i < mentors.length - 1 ? ', ' : '.'}
              </span>
            ))}{' '}
            By raw mean the order is {rawOrder.join(', ')}; calibrated, it is {calibratedOrder.join(', ')}. Proposal B, read by
            the harsh Cy, moves up; proposal E, read once and by the generous Ana, moves down.
          </p>
        </Section>

        <Section id="standard-error" title="Standard error and the cut line">
          <p>
            Each calibrated score comes with a <strong>standard error</strong>: how far it could plausibly be from the truth,
            given the noise in its few reviews and how unsure we are of its reviewers&apos; leniency. It shrinks as a proposal
            gets more reviews.
          </p>
          <Formula label="Standard error">
            standard error ≈ square root of (noise variance ÷ (number of reviews + k) + the uncertainty of its reviewers&apos;
            leniencies)
          </Formula>
          <p>
            On the rank list, a proposal whose calibrated score is within one standard error of the cut line is marked
            &ldquo;near the cut&rdquo;: the data cannot tell it apart from the proposals on the other side, so that is where a
            discussion is worth having. One more review helps most there.
          </p>
        </Section>

        <Section id="agreement" title="Agreement among reviewers">
          <p>
            The dashboard shows the season&apos;s <strong>agreement</strong>, an intraclass correlation taken from the same fit:
            the share of the differences between scores, once leniency is taken out, that comes from the proposals rather
            than from noise.
          </p>
          <Formula label="Agreement">agreement = spread of quality ÷ (spread of quality + spread of noise)</Formula>
          <p>
            (Both spreads are variances.) An agreement of 1 would mean every mentor, once their leniency is taken out, gives a
            proposal the same score; 0 means the scores say nothing about the proposal at all. Peer review is noisy: values
            between 0.3 and 0.6 are common, and a low value is a reason to discuss more and to ask for more reviews per
            proposal, not to trust the order more. It is not shown until at least two proposals have two reviews.
          </p>
        </Section>

        <Section id="disagreement" title="The disagreement queue">
          <p>
            A proposal whose overall scores span two points or more (a 2 and a 4, say), or where one review is far from what
            the model expects, joins the &ldquo;to discuss&rdquo; queue until an admin marks it settled, with a note. Wide
            disagreement usually means the reviewers read the proposal differently — which the model cannot resolve, but a
            conversation can.
          </p>
        </Section>

        <Section id="limits" title="What calibration does not do">
          <ul className="list-disc space-y-1 pl-6">
            <li>It does not rank the proposals: admins do, and may reorder the list for reasons the scores cannot hold.</li>
            <li>It uses the overall score only, not the rubric&apos;s criteria, and never a private comment.</li>
            <li>
              It corrects a mentor&apos;s habit, not their judgement: a mentor who is generous to one kind of proposal and harsh
              to another is, on average, neither.
            </li>
          </ul>
        </Section>
      </div>
    </>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-stone-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** A formula in words, so that a screen reader reads it as written; the label names it for navigation. */
function Formula({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3">
      <figcaption className="sr-only">{label}</figcaption>
      <p className="whitespace-pre-line font-mono text-sm leading-relaxed text-stone-900">{children}</p>
    </figure>
  )
}
