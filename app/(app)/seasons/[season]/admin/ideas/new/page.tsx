import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { IdeaForm } from '@/components/ideas/IdeaForm'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { listSeasonMentors } from '@/lib/ideas/admin-queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'New idea · Administration', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function NewIdeaPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  await requirePermission('season.administer', season.id, `/seasons/${season.slug}/admin/ideas/new`)
  const mentors = await listSeasonMentors(season.id)
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { href: `/seasons/${season.slug}/admin/ideas`, label: 'Ideas' },
          { label: 'New idea' },
        ]}
      />
      <PageTitle eyebrow="Admin" lead="A new idea starts as a draft: nobody outside the admins sees it until you publish it.">
        New idea
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/ideas" />
      <IdeaForm mode="create" seasonId={season.id} seasonSlug={season.slug} mentors={mentors} showEmails />
    </>
  )
}
