import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { GRAPHQL_ID, graphql, rest } from '../helpers/apiClient'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('content localization', () => {
  it('should fall back to Indonesian where no English text exists, and use English where it does', async () => {
    const slug = uniqueName('org-lokal')
    const organization = await payload.create({
      collection: COLLECTION.organizations,
      locale: 'id',
      data: { name: 'Kementerian Uji Bahasa', slug, kind: 'ministry' },
    })

    const englishBeforeTranslation = await payload.findByID({ collection: COLLECTION.organizations, id: organization.id, locale: 'en' })
    expect(englishBeforeTranslation.name).toBe('Kementerian Uji Bahasa')

    await payload.update({ collection: COLLECTION.organizations, id: organization.id, locale: 'en', data: { name: 'Ministry of Language Tests' } })
    const english = await payload.findByID({ collection: COLLECTION.organizations, id: organization.id, locale: 'en' })
    const indonesian = await payload.findByID({ collection: COLLECTION.organizations, id: organization.id, locale: 'id' })
    expect(english.name).toBe('Ministry of Language Tests')
    expect(indonesian.name).toBe('Kementerian Uji Bahasa')
  })

  it('should serve the same fallback over REST and GraphQL', async () => {
    const slug = uniqueName('org-api')
    const organization = await payload.create({
      collection: COLLECTION.organizations,
      locale: 'id',
      data: { name: 'Lembaga Hanya Berbahasa Indonesia', slug, kind: 'agency' },
    })
    const { json: restJson } = await rest('GET', `/${COLLECTION.organizations}/${organization.id}?locale=en`)
    expect(restJson.name).toBe('Lembaga Hanya Berbahasa Indonesia')

    const { json: graphJson } = await graphql(`query ($id: ${GRAPHQL_ID}!) { Organization(id: $id, locale: en) { name } }`, {
      variables: { id: organization.id },
    })
    expect(graphJson.data.Organization.name).toBe('Lembaga Hanya Berbahasa Indonesia')
  })
})
