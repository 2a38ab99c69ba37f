import { expect, test } from './csp'
import { XMLParser } from 'fast-xml-parser'
import { readFileSync } from 'node:fs'
import { snap } from './helpers'

const facts = JSON.parse(readFileSync(new URL('../prisma/seed/xen-2011-facts.json', import.meta.url), 'utf8')) as {
  figures: {
    applications: number
    ideasListed: number
    ideasThatReceivedApplications: number
    mostApplicationsForOneIdea: number
    mentors: number
    acceptedStudents: number
  }
  acceptedProjects: { title: string; student: string }[]
}

test('the home page shows the current season and its timeline @phone', async ({ page }, info) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Google Summer of Code 2011' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByText('Applications close')).toBeVisible()
  await snap(page, 'home', info.project.name)
})

test('the stats page shows the figures of the facts file, computed from the rows @phone', async ({ page }, info) => {
  await page.goto('/seasons/2011/stats')
  const figure = (key: string) => page.locator(`[data-figure="${key}"] dd`)
  await expect(figure('applications')).toHaveText(String(facts.figures.applications))
  await expect(figure('ideasListed')).toHaveText(String(facts.figures.ideasListed))
  await expect(figure('ideasThatReceivedApplications')).toHaveText(String(facts.figures.ideasThatReceivedApplications))
  await expect(figure('mostApplicationsForOneIdea')).toHaveText(String(facts.figures.mostApplicationsForOneIdea))
  await expect(figure('mentors')).toHaveText(String(facts.figures.mentors))
  await expect(figure('acceptedStudents')).toHaveText(String(facts.figures.acceptedStudents))
  // The chart draws one bar per idea that drew applications.
  await expect(page.locator('[data-chart="applications"] [data-bar]')).toHaveCount(facts.figures.ideasThatReceivedApplications)
  await expect(page.getByRole('table')).toContainText('Applications')
  // Every idea listed is in the CSV (the page names at most twenty).
  const csvLink = page.getByRole('link', { name: `Applications for each of the ${facts.figures.ideasListed} ideas (CSV)` })
  const csv = await page.request.get((await csvLink.getAttribute('href'))!)
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect((await csv.text()).trim().split('\n')).toHaveLength(facts.figures.ideasListed + 1)
  await snap(page, 'stats', info.project.name)
})

test('ideas list, filter and an idea page @phone', async ({ page }, info) => {
  await page.goto('/seasons/2011/ideas')
  await expect(page.getByText(`${facts.figures.ideasListed} ideas`)).toBeVisible()
  // Twenty ideas fit on one page: no pagination.
  await expect(page.getByRole('navigation', { name: 'Pages of ideas' })).toHaveCount(0)
  await page.getByLabel('Difficulty').selectOption('HARD')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/difficulty=HARD/)
  await expect(page.getByText(/ideas? match your filters/)).toBeVisible()
  await snap(page, 'ideas', info.project.name)
  await page.getByRole('link', { name: 'Clear' }).click()
  await page.getByRole('link', { name: /Paravirtual(ized)? audio/i }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/audio/i)
  await expect(page.getByText('Mentor', { exact: false }).first()).toBeVisible()
  await snap(page, 'idea', info.project.name)
})

test('the accepted-students announcement lists the six projects with title, student and abstract @phone', async ({ page }, info) => {
  await page.goto('/news/2011/04')
  await page.getByRole('link', { name: 'Welcome to our Google Summer of Code 2011 students' }).click()
  await expect(page).toHaveURL(/\/news\/gsoc-2011-accepted-students$/)
  const article = page.getByRole('article')
  for (const project of facts.acceptedProjects) {
    const heading = article.getByRole('heading', { name: project.title, exact: true })
    await expect(heading).toBeVisible()
    // The student's line and an abstract paragraph follow each project's heading.
    await expect(heading.locator('xpath=following-sibling::p[1]')).toHaveText(`Student: ${project.student}`)
    await expect(heading.locator('xpath=following-sibling::p[2]')).not.toBeEmpty()
  }
  await expect(page.getByText('Published 25 April 2011')).toBeVisible()
  await snap(page, 'announcement', info.project.name)
})

test('the help page explains calibrated scores, with the formula in words and a worked example @phone', async ({ page }, info) => {
  await page.goto('/help/review-scores')
  await expect(page.getByRole('heading', { level: 1, name: 'How review scores are calibrated' })).toBeVisible()
  await expect(page.getByText('score = overall mean + proposal quality + mentor leniency + noise')).toBeVisible()
  const example = page.getByRole('table')
  await expect(example.getByRole('row')).toHaveCount(7)
  // The generous mentor's lone 5 is pulled down: proposal E's calibrated score is below its raw mean.
  const e = example.getByRole('row', { name: /^E / })
  await expect(e.getByRole('cell').nth(3)).toHaveText('5.00')
  await expect(e.getByRole('cell').nth(4)).toHaveText(/^[34]\.\d\d ± 0\.\d\d$/)
  await snap(page, 'help-review-scores', info.project.name)
})

test('the news feed is valid Atom with the published posts only', async ({ request }) => {
  const response = await request.get('/news/feed.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/atom+xml')
  const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).feed
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
  const entries = [feed.entry].flat()
  expect(entries.map((e: { title: { '#text': string } }) => e.title['#text'])).toContain('Welcome to our Google Summer of Code 2011 students')
  expect(entries).toHaveLength(4)
  expect(JSON.stringify(feed)).not.toContain('draft-mid-term-report')
})

test('a draft announcement is a 404 and appears nowhere before its publish time', async ({ page, request }) => {
  const response = await request.get('/news/draft-mid-term-report')
  expect(response.status()).toBe(404)
  await page.goto('/news')
  await expect(page.getByText('mid-term report')).toHaveCount(0)
})

test('unknown seasons, ideas and months are proper 404 pages; malformed filters are ignored', async ({ page, request }) => {
  for (const path of ['/seasons/1999', '/seasons/2011/ideas/no-such-idea', '/seasons/2011/ideas/page/2', '/news/2011/13', '/news/no-such-post']) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
  expect((await request.get('/seasons/%E0%A4%A/ideas')).status()).toBe(400)
  const odd = await request.get('/seasons/2011/ideas?difficulty=%ZZ&skill[]=x&q=' + 'x'.repeat(500))
  expect(odd.status()).toBe(200)
  await page.goto('/seasons/2011/ideas/no-such-idea')
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible()
})
