// Reads of a season's mentors for the admin's mentors page. Callers must have passed season.administer.
import 'server-only'
import { db } from '@/lib/db'

export async function listSeasonMentors(seasonId: string) {
  const [rows, admins] = await Promise.all([
    db.seasonRole.findMany({
      where: { seasonId, role: 'MENTOR' },
      orderBy: [{ user: { name: 'asc' } }, { createdAt: 'asc' }],
      select: {
        capacity: true,
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            _count: {
              select: {
                acceptancesMentored: { where: { seasonId } },
                mentoredIdeas: { where: { idea: { seasonId } } },
              },
            },
          },
        },
      },
    }),
    db.seasonRole.findMany({ where: { seasonId, role: 'ADMIN' }, select: { userId: true } }),
  ])
  const adminIds = new Set(admins.map((a) => a.userId))
  return rows.map((row) => ({
    id: row.user.id,
    name: row.user.name ?? row.user.email ?? 'Unnamed',
    email: row.user.email,
    capacity: row.capacity ?? 1,
    students: row.user._count.acceptancesMentored,
    ideas: row.user._count.mentoredIdeas,
    isAdmin: adminIds.has(row.user.id),
  }))
}

export type SeasonMentor = Awaited<ReturnType<typeof listSeasonMentors>>[number]
