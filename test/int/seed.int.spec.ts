import type { Payload } from 'payload'

import { COLLECTION, GLOBAL } from '../../src/constants'
import { seedDemoData } from '../../src/seed'
import { seedCommitments, seedIndicators, seedOrganizations, seedSections, seedUsers } from '../../src/seed/data'
import { graphql, login } from '../helpers/apiClient'
import { closeTestPayload, getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closeTestPayload(payload)
})

const countAll = async () => {
  const collections = [
    COLLECTION.organizations,
    COLLECTION.roadmaps,
    COLLECTION.roadmapSections,
    COLLECTION.commitments,
    COLLECTION.milestones,
    COLLECTION.progressReports,
    COLLECTION.indicators,
    COLLECTION.users,
  ] as const
  const counts: Record<string, number> = {}
  for (const collection of collections) {
    counts[collection] = (await payload.count({ collection, trash: true })).totalDocs
  }
  return counts
}

describe('demo data', () => {
  it('should load the sourced structure and mark the site as showing demo data', async () => {
    const summary = await seedDemoData({ payload })
    expect(summary.created[COLLECTION.organizations]).toBe(seedOrganizations.length)
    expect(summary.created[COLLECTION.roadmapSections]).toBe(seedSections.length)
    expect(summary.created[COLLECTION.commitments]).toBe(seedCommitments.length)
    expect(summary.created[COLLECTION.indicators]).toBe(seedIndicators.length)

    const { docs: roadmaps } = await payload.find({
      collection: COLLECTION.roadmaps,
      where: { slug: { equals: 'peta-jalan-2025-2029' } },
    })
    expect(roadmaps[0]?.legalBasis).toBe('Peraturan Presiden No. 87 Tahun 2025')
    expect(roadmaps[0]?.progress).toEqual(expect.any(Number))

    const strategies = await payload.find({
      collection: COLLECTION.roadmapSections,
      where: { and: [{ roadmap: { equals: roadmaps[0]?.id } }, { kind: { equals: 'strategy' } }] },
      sort: 'code',
    })
    expect(strategies.docs.map((strategy) => strategy.title)).toEqual(['Pencegahan', 'Penanganan', 'Kolaborasi'])

    const portal = await payload.find({ collection: COLLECTION.indicators, where: { code: { equals: 'IWF-PORTAL-REPORTS' } } })
    expect(portal.docs[0]?.values?.map((value) => value.value)).toEqual(expect.arrayContaining([481, 897]))

    const settings = await payload.findGlobal({ slug: GLOBAL.siteSettings })
    expect(settings.demoData).toBe(true)

    const { json } = await graphql('{ RoadmapSections(where: { kind: { equals: strategy } }, locale: en) { docs { title } } }')
    expect(json.data.RoadmapSections.docs.length).toBeGreaterThanOrEqual(3)
  })

  it('should change nothing when run a second time', async () => {
    const before = await countAll()
    const summary = await seedDemoData({ payload })
    expect(Object.values(summary.created).reduce((sum, value) => sum + value, 0)).toBe(0)
    expect(await countAll()).toEqual(before)
  })

  it('should create every demo account with the demo password and the right organization', async () => {
    for (const user of seedUsers) {
      const token = await login(user.email, process.env.DEMO_PASSWORD || 'lentera-demo-2025')
      expect(token).toEqual(expect.any(String))
    }
    const { docs } = await payload.find({
      collection: COLLECTION.users,
      where: { email: { equals: 'komdigi@example.org' } },
      depth: 1,
    })
    expect(docs[0]?.roles).toEqual(['partner'])
    expect((docs[0]?.organization as { slug?: string })?.slug).toBe('komdigi')
  })
})
