// The rank list as CSV for admins of the season: rank, scores and willing mentors — never comments.
import { stringify } from 'csv-stringify/sync'
import { getCurrentUser } from '@/lib/auth'
import { getRankList } from '@/lib/ranking/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

// A cell a spreadsheet would run as a formula (a title typed by a student) is prefixed with an apostrophe.
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
const round = (value: number | null) => (value === null ? '' : value.toFixed(2))

export async function GET(request: Request, { params }: { params: Promise<{ season: string }> }) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) return new Response('Not found', { status: 404 })
  const user = await getCurrentUser()
  if (!user) return new Response('Please sign in first.', { status: 401 })
  const raw = new URL(request.url).searchParams.get('slots')
  const slots = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : undefined
  const list = await getRankList(user, season.id, slots)
  if (!list) return new Response('Only admins of this season may download the rank list.', { status: 403 })
  const csv = stringify(
    list.rows.map((row, index) => [index + 1, cell(row.title), cell(row.student), cell(row.idea), round(row.calibrated), round(row.stdError), round(row.mean), row.reviews, cell(row.willing.join('; ')), row.inside ? 'yes' : 'no', row.nearCut ? 'yes' : 'no']),
    { header: true, columns: ['Rank', 'Proposal', 'Student', 'Idea', 'Calibrated score', 'Standard error', 'Mean score', 'Reviews', 'Willing mentors', 'Above the cut', 'Near the cut'] },
  )
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rank-${season.slug}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
