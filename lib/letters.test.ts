import { describe, expect, it } from 'vitest'
import { checkTemplate, DEFAULT_TEMPLATES, fieldsFor, fillTemplate, formatSharedComments, listNames, renderMentorNotice } from './letters'

describe('checkTemplate', () => {
  it('accepts the defaults', () => {
    expect(checkTemplate(DEFAULT_TEMPLATES.ACCEPTED.body, 'ACCEPTED')).toEqual([])
    expect(checkTemplate(DEFAULT_TEMPLATES.ACCEPTED.subject, 'ACCEPTED')).toEqual([])
    expect(checkTemplate(DEFAULT_TEMPLATES.NOT_SELECTED.body, 'NOT_SELECTED')).toEqual([])
  })
  it('refuses an unknown field, naming it and the ones to use', () => {
    const [problem, ...rest] = checkTemplate('Dear {{ studnet_name }}, {{studnet_name}}', 'ACCEPTED')
    expect(rest).toEqual([])
    expect(problem).toContain('Unknown merge field {{studnet_name}}')
    expect(problem).toContain('{{student_name}}')
    expect(problem).not.toContain('{{shared_comments}}')
  })
  it('refuses shared comments in the accepted letter only', () => {
    expect(checkTemplate('{{shared_comments}}', 'ACCEPTED')).toHaveLength(1)
    expect(checkTemplate('{{shared_comments}}', 'NOT_SELECTED')).toEqual([])
  })
  it('refuses stray braces', () => {
    expect(checkTemplate('Dear {{student_name}', 'ACCEPTED')[0]).toContain('Unmatched')
    expect(checkTemplate('Dear student_name}}', 'ACCEPTED')[0]).toContain('Unmatched')
  })
})

describe('fillTemplate', () => {
  it('fills each field, spaces inside the braces allowed', () => {
    expect(fillTemplate('Dear {{ student_name }}, {{applications}} applied.', { student_name: 'Ada', applications: '30' })).toBe('Dear Ada, 30 applied.')
  })
  it('does not re-read braces that come in a value', () => {
    expect(fillTemplate('{{student_name}} / {{idea}}', { student_name: '{{idea}}', idea: 'X' })).toBe('{{idea}} / X')
  })
})

describe('helpers', () => {
  it('lists names in words', () => {
    expect(listNames([])).toBe('')
    expect(listNames(['A', 'A'])).toBe('A')
    expect(listNames(['A', 'B', '', 'C'])).toBe('A, B and C')
  })
  it('quotes shared comments, naming the proposal when there are several', () => {
    expect(formatSharedComments([], false)).toContain('No mentor left')
    expect(formatSharedComments([{ proposalTitle: 'P', body: 'Good\nwork' }], false)).toBe('  > Good\n  > work')
    expect(formatSharedComments([{ proposalTitle: 'P', body: 'x' }], true)).toBe('On “P”:\n  > x')
  })
  it('the not-selected letter has every field, the accepted one all but the comments', () => {
    expect(fieldsFor('NOT_SELECTED')).toContain('shared_comments')
    expect(fieldsFor('ACCEPTED')).not.toContain('shared_comments')
  })
  it('tells a mentor their student and co-mentor', () => {
    const { subject, body } = renderMentorNotice({
      mentorName: 'Ana',
      season: 'GSoC 2011',
      organization: 'Xen.org',
      projects: [{ title: 'T', student: 'S', studentEmail: 's@x', role: 'primary', coMentors: ['Lukas'] }],
    })
    expect(subject).toBe('GSoC 2011: your student')
    expect(body).toContain('“T” by S <s@x>: you are the primary mentor, with Lukas.')
  })
})
