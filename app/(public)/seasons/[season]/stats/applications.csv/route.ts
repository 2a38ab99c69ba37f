// Applications per idea for every idea listed this season, as CSV: the figures page names only the twenty with the
// most (lib/stats.ts topIdeas). Public, like the page: the same counts, from the same cached read.
import { stringify } from 'csv-stringify/sync'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { getSeasonStats } from '@/lib/stats/queries'

// A cell a spreadsheet would run as a formula (a title typed by a mentor) is prefixed with an apostrophe.
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

export async function GET(_request: Request, { params }: { params: Promise<{ season: string }> }) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) return new Response('Not found', { status: 404 })
  const { ideaApplications } = await getSeasonStats(season.id)
  const csv = stringify(
    ideaApplications.map((idea) => [cell(idea.title), idea.applications, idea.isPublic ? 'listed' : 'archived', idea.isPublic ? `/seasons/${season.slug}/ideas/${idea.slug}` : '']),
    { header: true, columns: ['Idea', 'Applications', 'Status', 'Address'] },
  )
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="applications-per-idea-${season.slug}.csv"`,
    },
  })
}
