import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { engineOf } from '../../src/db/adapter'
import { commitmentRowWords, organizationRowWords, publicSearch } from '../../src/search/publicSearchQuery'
import type { WordsSource } from '../../src/search/publicSearchQuery'
import { paragraphsToLexical } from '../../src/seed/richText'
import { createCommitment, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

/**
 * Search over the stored, indexed words of commitments and organizations (PostgreSQL): the
 * results are the ones the per-field language fallback gives, the words follow every edit, and
 * the index is there for the query to use. (MongoDB has no such search; see the search module.)
 */

const isPostgres = engineOf(process.env.DATABASE_URI) === 'postgres'
const describeOnPostgres = isPostgres ? describe : describe.skip

let payload: Payload
let commitmentId: number
// Words no other test document holds, so each search's answer is known exactly.
const marker = uniqueName('penanda').replace(/[^a-z0-9]/gi, '').toLowerCase()
const idTitleWord = `kurikulum${marker}`
const enTitleWord = `curriculum${marker}`
const descriptionWord = `literasi${marker}`

const found = async (query: string, locale: 'id' | 'en', wordsFrom?: WordsSource) =>
  (await publicSearch(payload, { query, locale, wordsFrom })).filter((result) => result.kind === 'commitment').map((result) => Number(result.id))

beforeAll(async () => {
  payload = await getTestPayload()
  if (!isPostgres) return
  const tree = await createRoadmapTree(payload)
  const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
  commitmentId = commitment.id
  await payload.update({
    collection: COLLECTION.commitments,
    id: commitmentId,
    locale: 'id',
    data: { title: `Kurikulum keamanan ${idTitleWord}`, description: paragraphsToLexical([`Program ${descriptionWord} digital untuk sekolah.`]) as never },
  })
  // The English translation has a title of its own and no description: English readers get the Indonesian one.
  await payload.update({ collection: COLLECTION.commitments, id: commitmentId, locale: 'en', data: { title: `Safety ${enTitleWord}` } })
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describeOnPostgres('public search on stored words', () => {
  it('should search each field in the language asked for, or in Indonesian where it has no translation', async () => {
    expect(await found(`${idTitleWord} ${descriptionWord}`, 'id')).toEqual([commitmentId])
    // English: its own title, and the Indonesian description it falls back to, in one query.
    expect(await found(`${enTitleWord} ${descriptionWord}`, 'en')).toEqual([commitmentId])
    // The Indonesian title is not what English readers see, so an English search does not match it …
    expect(await found(idTitleWord, 'en')).toEqual([])
    // … nor the English title an Indonesian search.
    expect(await found(enTitleWord, 'id')).toEqual([])
  })

  it('should give the same results computing the words, as on a database made by dev push (no search columns)', async () => {
    for (const wordsFrom of ['stored', 'computed'] as const) {
      expect(await found(`${idTitleWord} ${descriptionWord}`, 'id', wordsFrom)).toEqual([commitmentId])
      expect(await found(`${enTitleWord} ${descriptionWord}`, 'en', wordsFrom)).toEqual([commitmentId])
      expect(await found(idTitleWord, 'en', wordsFrom)).toEqual([])
      expect(await found(descriptionWord.slice(0, -3), 'id', wordsFrom)).toEqual([commitmentId])
    }
    // Ranks too: the same documents in the same order, whatever else the suite has created by now.
    const stored = await publicSearch(payload, { query: 'program sekolah', locale: 'en', limit: 50, wordsFrom: 'stored' })
    const computed = await publicSearch(payload, { query: 'program sekolah', locale: 'en', limit: 50, wordsFrom: 'computed' })
    expect(stored.length).toBeGreaterThan(0)
    expect(stored.map((result) => `${result.kind}:${result.id}`)).toEqual(computed.map((result) => `${result.kind}:${result.id}`))
  })

  it('should find half-typed words, exclusions and nothing else', async () => {
    expect(await found(descriptionWord.slice(0, -3), 'id')).toEqual([commitmentId])
    expect(await found(`${descriptionWord} -${idTitleWord}`, 'id')).toEqual([])
    // Only an exclusion: every document without the word could match; this one has it.
    const withoutTheWord = await publicSearch(payload, { query: `-${descriptionWord}`, locale: 'id', limit: 50 })
    expect(withoutTheWord.length).toBeGreaterThan(0)
    expect(withoutTheWord.filter((result) => result.kind === 'commitment').map((result) => Number(result.id))).not.toContain(commitmentId)
  })

  it('should follow edits: new words are found, old ones no longer', async () => {
    const newWord = `keselamatan${marker}`
    await payload.update({
      collection: COLLECTION.commitments,
      id: commitmentId,
      locale: 'id',
      data: { description: paragraphsToLexical([`Program ${newWord} untuk sekolah.`]) as never },
    })
    expect(await found(newWord, 'id')).toEqual([commitmentId])
    expect(await found(descriptionWord, 'id')).toEqual([])
    expect(await found(`${enTitleWord} ${newWord}`, 'en')).toEqual([commitmentId])
  })

  it('should find organizations by their stored name and description words', async () => {
    const organizationWord = `yayasan${marker}`
    const organization = await payload.create({
      collection: COLLECTION.organizations,
      data: { name: `Yayasan ${organizationWord}`, slug: uniqueName('org-cari'), kind: 'ngo', description: paragraphsToLexical(['Mitra perlindungan anak.']) as never },
    })
    const results = await publicSearch(payload, { query: organizationWord, locale: 'en' })
    expect(results.filter((result) => result.kind === 'organization').map((result) => Number(result.id))).toEqual([organization.id])
  })

  it('should let PostgreSQL use the search indexes for the expressions the query uses', async () => {
    const { drizzle } = payload.db as unknown as PostgresAdapter
    const plans: string[] = []
    await drizzle.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`)
      for (const statement of [
        sql`explain select _parent_id from commitments_locales cl where ${commitmentRowWords('cl')} @@ to_tsquery('simple', 'anak:*')`,
        sql`explain select _parent_id from organizations_locales ol where ${organizationRowWords('ol')} @@ to_tsquery('simple', 'anak:*')`,
      ]) {
        const { rows } = await tx.execute(statement)
        plans.push(rows.map((row) => String(Object.values(row)[0])).join('\n'))
      }
    })
    expect(plans[0]).toContain('commitments_locales_search_idx')
    expect(plans[1]).toContain('organizations_locales_search_idx')
  })
})
