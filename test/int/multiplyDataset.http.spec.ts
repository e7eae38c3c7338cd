import { randomBytes } from 'crypto'
import pg from 'pg'

import { multiplyDataset } from '../../bench/multiplyDataset'
import { startServer } from '../helpers/server'
import type { RunningServer } from '../helpers/server'
import { provisionSuiteDatabase } from '../helpers/testDatabase'

/**
 * The benchmark grows its data inside PostgreSQL (bench/multiplyDataset.ts). Its figures at
 * 10× and 100× are only worth something if the copies are real documents to Lentera: readable
 * through the APIs and the public pages, with their own slugs, references pointing at the
 * copies, versions and locales, and the database still accepting new documents afterwards.
 */

let database: Awaited<ReturnType<typeof provisionSuiteDatabase>>
let server: RunningServer
let pool: pg.Pool
let token: string

type Commitment = { id: number; slug: string; title: string; organization: { id: number; slug: string } }
const api = async <T>(path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...(init.headers ?? {}) },
  })
  return { status: response.status, body: (await response.json()) as T }
}
const totalOf = async (collection: string) => (await api<{ totalDocs: number }>(`/${collection}?limit=1&depth=0`)).body.totalDocs

beforeAll(async () => {
  database = await provisionSuiteDatabase()
  server = await startServer({ env: { DATABASE_URI: database.uri, SEED_DEMO: 'true', PAYLOAD_SECRET: randomBytes(32).toString('hex'), LENTERA_LOG_DATABASE: undefined } })
  pool = new pg.Pool({ connectionString: database.uri, max: 2 })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'lentera-demo-2025' }),
  })
  token = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  await pool?.end()
  await server?.stop()
  await database?.dispose()
})

describe('multiplying the benchmark dataset', () => {
  it('should refuse a factor that is not a whole number of at least 2', async () => {
    await expect(multiplyDataset({ pool, factor: 1 })).rejects.toThrow('at least 2')
    await expect(multiplyDataset({ pool, factor: 2.5 })).rejects.toThrow('whole number')
  })

  it('should copy every document with its own slug, references to the copies, locales and versions', async () => {
    const before = {
      organizations: await totalOf('organizations'),
      commitments: await totalOf('commitments'),
      milestones: await totalOf('milestones'),
      reports: await totalOf('progress-reports'),
    }
    expect(before.commitments).toBeGreaterThan(0)
    expect(before.milestones).toBeGreaterThan(0)
    const original = (await api<{ docs: Commitment[] }>('/commitments?limit=1&depth=1&sort=id')).body.docs[0]
    const originalVersions = (await api<{ totalDocs: number }>(`/commitments/versions?where[parent][equals]=${original.id}&limit=1`)).body.totalDocs
    const originalMilestones = (await api<{ totalDocs: number }>(`/milestones?where[commitment][equals]=${original.id}&limit=1`)).body.totalDocs

    await multiplyDataset({ pool, factor: 3 })

    expect(await totalOf('organizations')).toBe(before.organizations * 3)
    expect(await totalOf('commitments')).toBe(before.commitments * 3)
    expect(await totalOf('milestones')).toBe(before.milestones * 3)
    expect(await totalOf('progress-reports')).toBe(before.reports * 3)

    const copies = (await api<{ docs: Commitment[] }>(`/commitments?where[slug][like]=${original.slug}-&depth=1&locale=en&sort=id&limit=100`)).body.docs.filter(
      (commitment) => commitment.slug === `${original.slug}-${commitment.id}`,
    )
    expect(copies).toHaveLength(2)
    for (const commitment of copies) {
      expect(commitment.id).not.toBe(original.id)
      expect(commitment.slug).toBe(`${original.slug}-${commitment.id}`)
      // Its organization is a copy of the original's, not the original itself.
      expect(commitment.organization.id).not.toBe(original.organization.id)
      expect(commitment.organization.slug).toBe(`${original.organization.slug}-${commitment.organization.id}`)
      const indonesian = (await api<Commitment>(`/commitments/${commitment.id}?locale=id&depth=0`)).body
      expect(indonesian.title).toBe(original.title)
      const versions = (await api<{ totalDocs: number }>(`/commitments/versions?where[parent][equals]=${commitment.id}&limit=1`)).body.totalDocs
      expect(versions).toBe(originalVersions)
      const milestones = (await api<{ docs: { organization: number }[]; totalDocs: number }>(`/milestones?where[commitment][equals]=${commitment.id}&depth=0`)).body
      expect(milestones.totalDocs).toBe(originalMilestones)
      for (const milestone of milestones.docs) expect(milestone.organization).toBe(commitment.organization.id)
    }

    // The copies are public documents like any other: the commitment page renders one.
    const page = await fetch(`${server.url}/komitmen/${copies[1].slug}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(original.title.slice(0, 20))
  })

  it('should multiply its own output again without two copies sharing a slug', async () => {
    const before = await totalOf('commitments')
    const organizationsBefore = await totalOf('organizations')
    await multiplyDataset({ pool, factor: 2 })
    expect(await totalOf('commitments')).toBe(before * 2)
    expect(await totalOf('organizations')).toBe(organizationsBefore * 2)
    // Each copy's latest version carries the copy's own slug, as Payload would have written it.
    const { rows } = await pool.query<{ mismatched: number; copies: number }>(
      `select count(*) filter (where v.version_slug is distinct from c.slug)::int as mismatched, count(*)::int as copies
         from commitments c join _commitments_v v on v.parent_id = c.id and v.latest`,
    )
    expect(rows[0].copies).toBeGreaterThanOrEqual(before * 2)
    expect(rows[0].mismatched).toBe(0)
  })

  it('should leave the database accepting new documents (sequences moved past the copies)', async () => {
    const organization = (await api<{ docs: { id: number }[] }>('/organizations?limit=1&depth=0')).body.docs[0]
    const section = (await api<{ docs: { id: number }[] }>('/roadmap-sections?where[kind][equals]=intervention&limit=1&depth=0')).body.docs[0]
    const created = await api<{ doc: { id: number } }>('/commitments', {
      method: 'POST',
      body: JSON.stringify({ title: 'Komitmen baru setelah penggandaan', slug: `baru-${Date.now()}`, organization: organization.id, section: section.id, role: 'implementer', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const milestone = await api<{ doc: { id: number } }>('/milestones', {
      method: 'POST',
      body: JSON.stringify({ commitment: created.body.doc.id, title: 'Tonggak baru', status: 'planned', _status: 'draft' }),
    })
    expect(milestone.status).toBe(201)
  })
})
