import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaForm } from '@/components/ideas/IdeaForm'
import { namesOnly } from '@/components/ideas/form-values'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { listSeasonMentors } from '@/lib/ideas/admin-queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Propose an idea', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function ProposeIdeaPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('idea.propose', season.id, `/seasons/${season.slug}/mentor/ideas/new`)
  const mentors = await listSeasonMentors(season.id)
  // An admin who is not a mentor proposes too, and becomes the idea's mentor: show them ticked like anyone else.
  const options = mentors.some((m) => m.id === user.id) ? mentors : [{ id: user.id, name: user.name, email: user.email }, ...mentors]
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/mentor/ideas`, label: 'Your ideas' },
          { label: 'Propose an idea' },
        ]}
      />
      <PageTitle
        eyebrow="Mentor"
        lead="Describe a project a student could finish this summer with your help. The season’s admins review it; it becomes public once they approve it, and you can change it until then."
      >
        Propose an idea
      </PageTitle>
      <IdeaForm mode="propose" seasonId={season.id} seasonSlug={season.slug} mentors={namesOnly(options, user)} self={user.id} />
    </>
  )
}
