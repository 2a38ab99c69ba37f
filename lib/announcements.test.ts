import { describe, expect, it } from 'vitest'
import { acceptedPostSlug, isPublished, renderAcceptedStudentsPost } from './announcements'

describe('isPublished', () => {
  const now = new Date('2011-04-25T20:00:00Z')
  it('hides drafts and posts scheduled after now', () => {
    expect(isPublished(null, now)).toBe(false)
    expect(isPublished(new Date('2011-04-25T20:00:01Z'), now)).toBe(false)
  })
  it('shows posts from their publish time on', () => {
    expect(isPublished(new Date('2011-04-25T20:00:00Z'), now)).toBe(true)
    expect(isPublished(new Date('2011-04-01T00:00:00Z'), now)).toBe(true)
  })
})

describe('renderAcceptedStudentsPost', () => {
  it('lists each project with its title, student and abstract between intro and outro', () => {
    const body = renderAcceptedStudentsPost({
      intro: 'Welcome!',
      outro: 'Thanks.',
      projects: [
        { title: 'Zeta project', student: 'Zoe', abstract: 'Does Z.' },
        { title: 'Alpha project', student: 'Al', abstract: 'Does A.' },
      ],
    })
    expect(body).toBe(
      'Welcome!\n\n### Alpha project\n\n**Student:** Al\n\nDoes A.\n\n### Zeta project\n\n**Student:** Zoe\n\nDoes Z.\n\nThanks.\n',
    )
  })
})

describe('renderAcceptedStudentsPost with mentors', () => {
  it('names the primary and backup mentor under the student', () => {
    const body = renderAcceptedStudentsPost({ intro: 'Hi', outro: 'Bye', projects: [{ title: 'T', student: 'S', abstract: 'A', mentors: ['Ana', 'Lukas'] }] })
    expect(body).toBe('Hi\n\n### T\n\n**Student:** S\n\n**Mentors:** Ana, Lukas\n\nA\n\nBye\n')
    expect(renderAcceptedStudentsPost({ intro: 'Hi', outro: 'Bye', projects: [{ title: 'T', student: 'S', abstract: 'A', mentors: ['Ana', ''] }] })).toContain(
      '**Mentor:** Ana\n',
    )
  })
})

describe('acceptedPostSlug', () => {
  it('gives the 2011 post its address, and any season one', () => {
    expect(acceptedPostSlug('Google Summer of Code', '2011')).toBe('gsoc-2011-accepted-students')
    expect(acceptedPostSlug('Xen Summit', 'summit-2011-cfp')).toBe('xs-summit-2011-cfp-accepted-students')
    expect(acceptedPostSlug('', '2030')).toBe('season-2030-accepted-students')
  })
})
