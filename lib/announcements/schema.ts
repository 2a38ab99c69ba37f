// The announcement editor's form (shared by the form and the action). The publish time is typed in the admin's
// time zone (a datetime-local value) and read on the server with the zone of their profile.
import { z } from 'zod'

export const TITLE_MAX = 200
export const BODY_MAX = 50_000

export const SaveAnnouncement = z.object({
  seasonId: z.string({ error: 'Missing identifier.' }).min(1).max(64),
  id: z.string({ error: 'Missing identifier.' }).min(1).max(64),
  title: z.string({ error: 'Enter a title.' }).trim().min(1, 'Enter a title.').max(TITLE_MAX, `A title has at most ${TITLE_MAX} characters.`),
  body: z.string({ error: 'Enter the post.' }).trim().min(1, 'Enter the post.').max(BODY_MAX, `A post has at most ${BODY_MAX.toLocaleString('en')} characters.`),
  publishAt: z.string().trim().max(40, 'Enter a date and time, e.g. 2011-04-25 21:00.').default(''),
})

export const GenerateStatusPost = z.object({ seasonId: z.string({ error: 'Missing identifier.' }).min(1).max(64) })
