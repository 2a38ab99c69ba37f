// Drafts and scheduled announcements stay invisible until the app's clock passes their publish time.
import { afterEach, describe, expect, it } from 'vitest'
import { getPublishedAnnouncement, listAnnouncementsInMonth, listArchiveMonths, listPublishedAnnouncements } from '@/lib/announcements/queries'
import { db } from '@/lib/db'
import { setClock } from './support/session'


afterEach(() => setClock(null))

describe('announcement visibility', () => {
  it('hides the scheduled draft from the list, the archive and its permalink', async () => {
    expect(await getPublishedAnnouncement('draft-mid-term-report')).toBeNull()
    const slugs = (await listPublishedAnnouncements()).map((a) => a.slug)
    expect(slugs).not.toContain('draft-mid-term-report')
    expect(slugs).toHaveLength(4)
    expect(await listArchiveMonths()).toEqual([{ year: 2011, month: 4, count: 4 }])
  })

  it('shows it once the clock passes its publish time, and not a moment before', async () => {
    await setClock(new Date('2098-12-31T23:59:59Z'))
    expect(await getPublishedAnnouncement('draft-mid-term-report')).toBeNull()
    await setClock(new Date('2099-01-01T00:00:00Z'))
    expect((await getPublishedAnnouncement('draft-mid-term-report'))?.title).toContain('mid-term')
  })

  it('shows the 2011 posts only from their own dates when the clock stands in April 2011', async () => {
    await setClock(new Date('2011-04-20T00:00:00Z'))
    const slugs = (await listAnnouncementsInMonth(2011, 4)).map((a) => a.slug)
    expect(slugs).toEqual(['xen-summit-2011-call-for-papers', 'gsoc-2011-applications-closed'])
  })

  it('never shows an announcement without a publish time', async () => {
    const org = await db.organization.findFirstOrThrow()
    await db.announcement.create({ data: { organizationId: org.id, slug: 'unscheduled-draft', title: 'Draft', body: 'x', publishAt: null } })
    try {
      await setClock(new Date('9999-01-01T00:00:00Z'))
      expect(await getPublishedAnnouncement('unscheduled-draft')).toBeNull()
    } finally {
      await db.announcement.delete({ where: { slug: 'unscheduled-draft' } })
    }
  })

  it('treats malformed slugs as not found', async () => {
    expect(await getPublishedAnnouncement('../../etc/passwd')).toBeNull()
    expect(await getPublishedAnnouncement('X'.repeat(500))).toBeNull()
  })
})
