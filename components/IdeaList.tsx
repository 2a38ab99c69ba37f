// The public ideas list, a page at a time (lib/paging.ts IDEAS_PER_PAGE), shared by the cached pages
// (/seasons/<season>/ideas, /seasons/<season>/ideas/page/<n>: no filters) and the search page they are rewritten to
// when the address carries filters (proxy.ts: search parameters make a page render per request).
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { IdeaRows } from '@/components/IdeaRows'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { Pagination } from '@/components/ui/Pagination'
import { ideasPageHref } from '@/lib/ideas/list-address'
import { listPublishedIdeas, listSkills, type IdeaFilters } from '@/lib/ideas/queries'
import { IDEAS_PER_PAGE, pageOf } from '@/lib/paging'
import type { SeasonWithPhases } from '@/lib/seasons/queries'

const field = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base'

/** Page `page` of a season's ideas, filtered: the cached pages show them all, the search page (a proxy rewrite) filtered. */
export async function IdeaList({ season, filters, page }: { season: SeasonWithPhases; filters: IdeaFilters; page: number }) {
  const [ideas, skills] = await Promise.all([listPublishedIdeas(season.id, filters), listSkills(season.id)])
  const shown = pageOf(ideas, page, IDEAS_PER_PAGE)
  if (!shown) notFound()
  const filtered = Boolean(filters.q || filters.difficulty || filters.skill)
  // A skill no published idea has still shows as chosen, so the box says why the list is empty.
  const skillOptions = filters.skill && !skills.includes(filters.skill) ? [filters.skill, ...skills] : skills
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { label: 'Ideas' }]} />
      <PageTitle lead="Projects our mentors would like to see done this summer. Pick one, talk to its mentors, and write a proposal.">
        Project ideas
      </PageTitle>
      {/* Keyed by the filter: a link ("Clear", the back button) changes the URL without a reload, and uncontrolled
          controls would keep showing the old choice while the list shows another. The URL is the truth. */}
      <form key={JSON.stringify(filters)} method="get" action={`/seasons/${season.slug}/ideas`} className="mb-8 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end" role="search" aria-label="Filter ideas">
        <label className="text-sm font-medium">
          Search
          <input type="search" name="q" defaultValue={filters.q ?? ''} className={field} />
        </label>
        <label className="text-sm font-medium">
          Difficulty
          <select name="difficulty" defaultValue={filters.difficulty ?? ''} className={field}>
            <option value="">Any</option>
            <option value="EASY">Easy</option>
            <option value="MEDIUM">Medium</option>
            <option value="HARD">Hard</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Skill
          <select name="skill" defaultValue={filters.skill ?? ''} className={field}>
            <option value="">Any</option>
            {skillOptions.map((skill) => (
              <option key={skill} value={skill}>
                {skill}
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Filter
          </button>
          {filtered ? (
            <Link href={`/seasons/${season.slug}/ideas`} className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mb-4 text-sm text-stone-600" role="status">
        {ideas.length} {ideas.length === 1 ? 'idea' : 'ideas'}
        {filtered ? ' match your filters' : ''}
        {shown.pages > 1 ? `; showing ${shown.first}–${shown.last}` : ''}
      </p>
      <IdeaRows
        seasonSlug={season.slug}
        ideas={shown.items.map((idea) => ({
          slug: idea.slug,
          title: idea.title,
          summary: idea.summary,
          difficulty: idea.difficulty,
          expectedHours: idea.expectedHours,
          capacity: idea.capacity,
          mentors: idea.mentors.map((m) => m.user.name ?? 'A mentor'),
          skills: idea.skills,
        }))}
      />
      <Pagination page={shown.page} pages={shown.pages} label="Pages of ideas" href={(n) => ideasPageHref(season.slug, n, filters)} />
    </>
  )
}
