import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { GraphQLExtension, Payload, PayloadRequest, Where } from 'payload'

import { COLLECTION, DEFAULT_LOCALE, LOCALES } from '../constants'
import type { Locale } from '../constants'
import { richTextToLine } from '../site/exports/richText'
import { organizationKindLabel, sectionKindLabel } from '../site/i18n'
import type { SearchKind, SearchResult } from './searchText'
import { SEARCH_KINDS, clampLimit, normalizeSearchQuery, prefixTsQuery, searchResultUrl, searchTerms, snippetAround, titleScore } from './searchText'

/**
 * `publicSearch`: search across the published roadmap sections, commitments and organizations,
 * for the public site's /cari and any API client.
 *
 * PostgreSQL: full-text search (the `simple` configuration: no stemming, so Indonesian and
 * English work alike; commitments' and organizations' words stored and indexed, see
 * migration 20261130_020000_search_words) over each document's title — with a section's code, an organization's
 * acronym and a commitment's indicator name — weighted above its description, in the language
 * asked for, falling back to Indonesian where there is no translation. `websearch_to_tsquery`
 * reads the query ("phrases", -excluded, or), and a prefix query on the same words lets a
 * half-typed word match; results are ranked with ts_rank. What a reader typed reaches SQL only
 * as a bound parameter.
 *
 * The SQL only proposes candidates, from what is public now (published, not in the trash —
 * a draft is saved beside the published row, never over it). The results themselves are then
 * read with the Local API as the anonymous public (`overrideAccess: false`, no user), so the
 * collections' access rules decide what is shown, exactly as for any other public read: a
 * draft, the trash or an internal field can never appear, whoever asks.
 *
 * MongoDB has no such search: there, Payload `like` queries on the same fields stand in, ranked
 * by how well the title matches.
 *
 * Sections are searched within the roadmap the site shows (the adopted one with the latest
 * period), since /peta-jalan/<code> addresses its sections.
 */

type Candidate = { kind: SearchKind; id: number | string; rank: number }
type SearchedCollection = typeof COLLECTION.roadmapSections | typeof COLLECTION.commitments | typeof COLLECTION.organizations

const asPublic = (locale: Locale) => ({ overrideAccess: false, user: null, locale, fallbackLocale: DEFAULT_LOCALE, depth: 0 }) as const

const adoptedRoadmapId = async (payload: Payload, locale: Locale): Promise<number | string | null> => {
  const { docs } = await payload.find({
    collection: COLLECTION.roadmaps,
    ...asPublic(locale),
    where: { status: { equals: 'adopted' } },
    sort: '-periodStart',
    limit: 1,
    pagination: false,
    select: { periodStart: true },
  })
  return docs[0]?.id ?? null
}

/** The plain words of a Lexical document in the database, as a tsvector (empty for none). */
const richTextVector = (column: ReturnType<typeof sql>) =>
  sql`coalesce(jsonb_to_tsvector('simple', jsonb_path_query_array(${column}, 'strict $.** ? (@.type == "text").text'), '["string"]'), ''::tsvector)`

/**
 * A field's stored words (the `search_*` columns, migration 20261130_020000_search_words) in
 * the language asked for, or in Indonesian where that translation is empty: the same fallback
 * the site shows, field by field, without recomputing any words.
 */
const wordsOf = (field: string, column: string) =>
  sql.raw(`case when coalesce(l.${field}, '') <> '' then l.${column} else coalesce(d.${column}, ''::tsvector) end`)

/** Rich text falls back when the translation has none at all (null), as `coalesce(l.description, d.description)` does. */
const richWordsOf = (field: string, column: string) =>
  sql.raw(`case when l.${field} is not null then l.${column} else coalesce(d.${column}, ''::tsvector) end`)

/**
 * All the stored words of one locale row, as the GIN indexes of migration
 * 20261130_020000_search_words hold them: a query must use exactly these expressions for
 * PostgreSQL to use the indexes (test/int/search.int.spec.ts checks).
 */
export const commitmentRowWords = (alias: string) => sql.raw(`(${alias}.search_title || ${alias}.search_indicator || ${alias}.search_description)`)
export const organizationRowWords = (alias: string) => sql.raw(`(${alias}.search_name || ${alias}.search_description)`)

/**
 * The query's words as one "any of them, or a word they begin" tsquery ('a':* | 'b':*). Null
 * when a document without any of them could match ("-word" alone: everything without it) or
 * when there are none. Quotes and backslashes in a word are doubled, as tsquery input wants.
 */
const anyWordQuery = async (drizzle: PostgresAdapter['drizzle'], query: string): Promise<string | null> => {
  const { rows } = await drizzle.execute(sql`
    select ''::tsvector @@ websearch_to_tsquery('simple', ${query}) as matches_without_words,
      (select string_agg(chr(39) || replace(replace(lexeme, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39) || ':*', ' | ')
         from unnest(to_tsvector('simple', ${query}))) as any_word`)
  const row = rows[0] as { matches_without_words?: boolean; any_word?: string | null } | undefined
  return row && !row.matches_without_words && row.any_word ? row.any_word : null
}

/** Where the words of commitments and organizations come from: their stored columns, or computed for every query. */
export type WordsSource = 'stored' | 'computed'

const wordsSources = new WeakMap<object, Promise<WordsSource>>()

/**
 * 'stored' when the search columns exist. A database built by Payload's dev push
 * (LENTERA_DB_PUSH=true) has none, since Payload's schema does not describe them: search then
 * computes the same words on every query, slower but with the same results. Asked once per pool.
 */
const wordsSourceOf = (drizzle: PostgresAdapter['drizzle']): Promise<WordsSource> => {
  let source = wordsSources.get(drizzle)
  if (!source) {
    source = drizzle
      .execute(
        sql`select count(*)::int as found from information_schema.columns
          where table_schema = current_schema() and ((table_name = 'commitments_locales' and column_name = 'search_title')
            or (table_name = 'organizations_locales' and column_name = 'search_name'))`,
      )
      .then(({ rows }) => ((rows[0] as { found?: number } | undefined)?.found === 2 ? 'stored' : 'computed'))
    // A failed check is not remembered: the next search asks again.
    source.catch(() => wordsSources.delete(drizzle))
    wordsSources.set(drizzle, source)
  }
  return source
}

const postgresCandidates = async (
  payload: Payload,
  { query, locale, roadmapId, limit, wordsFrom }: { query: string; locale: Locale; roadmapId: number | string | null; limit: number; wordsFrom?: WordsSource },
): Promise<Candidate[]> => {
  const prefix = prefixTsQuery(query)
  const prefixQuery = prefix === null ? sql`null::tsquery` : sql`to_tsquery('simple', ${prefix})`
  const sectionsOfRoadmap = roadmapId === null ? sql`false` : sql`s.roadmap_id = ${roadmapId}`
  const text = (localized: string, fallback: string) => sql.raw(`coalesce(nullif(${localized}, ''), ${fallback}, '')`)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  // A document can only match if one of its rows (the language asked for, or the Indonesian it
  // falls back to) holds one of the query's words: the GIN indexes find those rows, and only
  // their documents are put together and ranked. Without words to look for, every document is
  // a candidate.
  const source = wordsFrom ?? (await wordsSourceOf(drizzle))
  const isStored = source === 'stored'
  const commitmentWords = isStored
    ? { title: wordsOf('title', 'search_title'), indicator: wordsOf('indicator_name', 'search_indicator'), description: richWordsOf('description', 'search_description') }
    : {
        title: sql`to_tsvector('simple', ${text('l.title', 'd.title')})`,
        indicator: sql`to_tsvector('simple', ${text('l.indicator_name', 'd.indicator_name')})`,
        description: richTextVector(sql`coalesce(l.description, d.description)`),
      }
  const organizationWords = isStored
    ? { name: wordsOf('name', 'search_name'), description: richWordsOf('description', 'search_description') }
    : { name: sql`to_tsvector('simple', ${text('l.name', 'd.name')})`, description: richTextVector(sql`coalesce(l.description, d.description)`) }
  const anyWord = isStored ? await anyWordQuery(drizzle, query) : null
  const commitmentCandidates =
    anyWord === null
      ? sql`true`
      : sql`c.id in (select cl._parent_id from commitments_locales cl where ${commitmentRowWords('cl')} @@ to_tsquery('simple', ${anyWord}))`
  const organizationCandidates =
    anyWord === null
      ? sql`true`
      : sql`(o.id in (select ol._parent_id from organizations_locales ol where ${organizationRowWords('ol')} @@ to_tsquery('simple', ${anyWord}))
          or to_tsvector('simple', coalesce(o.acronym, '')) @@ to_tsquery('simple', ${anyWord}))`
  const result = await drizzle.execute(sql`
    with search as (
      select websearch_to_tsquery('simple', ${query}) as web, ${prefixQuery} as prefix
    ),
    documents as (
      select 'section'::text as kind, s.id,
        setweight(to_tsvector('simple', coalesce(s.code, '') || ' ' || ${text('l.title', 'd.title')}), 'A')
          || setweight(${richTextVector(sql`coalesce(l.body, d.body)`)}, 'D') as document
      from roadmap_sections s
      left join roadmap_sections_locales l on l._parent_id = s.id and l._locale::text = ${locale}
      left join roadmap_sections_locales d on d._parent_id = s.id and d._locale::text = ${DEFAULT_LOCALE}
      where s._status = 'published' and s.deleted_at is null and ${sectionsOfRoadmap}
      union all
      select 'commitment'::text, c.id,
        setweight(${commitmentWords.title}, 'A') || setweight(${commitmentWords.indicator}, 'C') || setweight(${commitmentWords.description}, 'D')
      from commitments c
      left join commitments_locales l on l._parent_id = c.id and l._locale::text = ${locale}
      left join commitments_locales d on d._parent_id = c.id and d._locale::text = ${DEFAULT_LOCALE}
      where c._status = 'published' and c.deleted_at is null and ${commitmentCandidates}
      union all
      select 'organization'::text, o.id,
        setweight(to_tsvector('simple', coalesce(o.acronym, '')) || ${organizationWords.name}, 'A') || setweight(${organizationWords.description}, 'D')
      from organizations o
      left join organizations_locales l on l._parent_id = o.id and l._locale::text = ${locale}
      left join organizations_locales d on d._parent_id = o.id and d._locale::text = ${DEFAULT_LOCALE}
      where o.deleted_at is null and ${organizationCandidates}
    )
    select documents.kind, documents.id,
      ts_rank(documents.document, search.web) * 2 + coalesce(ts_rank(documents.document, search.prefix), 0) as rank
    from documents, search
    where documents.document @@ search.web or (search.prefix is not null and documents.document @@ search.prefix)
    order by rank desc, documents.kind, documents.id
    limit ${limit}
  `)
  return (result.rows as { kind: string; id: number | string; rank: number | string }[])
    .filter((row): row is { kind: SearchKind; id: number | string; rank: number | string } => (SEARCH_KINDS as readonly string[]).includes(row.kind))
    .map((row) => ({ kind: row.kind, id: row.id, rank: Number(row.rank) }))
}

/** MongoDB: Payload `like` (every word, anywhere, any case) on the same fields, as the public. */
const likeCandidates = async (
  payload: Payload,
  { query, terms, locale, roadmapId, limit }: { query: string; terms: string[]; locale: Locale; roadmapId: number | string | null; limit: number },
): Promise<Candidate[]> => {
  const like = terms.join(' ')
  const find = async (collection: SearchedCollection, where: Where, titleOf: (doc: Record<string, unknown>) => string) => {
    const { docs } = await payload.find({ collection, ...asPublic(locale), where, limit, pagination: false })
    return docs.map((doc) => ({ id: doc.id, score: titleScore(titleOf(doc as unknown as Record<string, unknown>), query, terms) }))
  }
  const [sections, commitments, organizations] = await Promise.all([
    roadmapId === null
      ? Promise.resolve([])
      : find(
          COLLECTION.roadmapSections,
          { and: [{ roadmap: { equals: roadmapId } }, { or: [{ title: { like } }, { code: { like } }] }] },
          (doc) => `${doc.code ?? ''} ${doc.title ?? ''}`,
        ),
    find(COLLECTION.commitments, { or: [{ title: { like } }, { 'indicator.name': { like } }] }, (doc) => String(doc.title ?? '')),
    find(COLLECTION.organizations, { or: [{ name: { like } }, { acronym: { like } }] }, (doc) => `${doc.acronym ?? ''} ${doc.name ?? ''}`),
  ])
  return [
    ...sections.map((hit) => ({ kind: 'section' as const, id: hit.id, rank: hit.score })),
    ...commitments.map((hit) => ({ kind: 'commitment' as const, id: hit.id, rank: hit.score })),
    ...organizations.map((hit) => ({ kind: 'organization' as const, id: hit.id, rank: hit.score })),
  ]
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
}

type Loaded = Omit<SearchResult, 'id' | 'kind'>

/** The candidates as the anonymous public may read them, in the searched language. */
const loadResults = async (payload: Payload, candidates: Candidate[], locale: Locale, terms: string[]): Promise<Map<string, Loaded>> => {
  const idsOf = (kind: SearchKind) => candidates.filter((candidate) => candidate.kind === kind).map((candidate) => candidate.id)
  const read = async (collection: SearchedCollection, ids: (number | string)[], depth = 0) =>
    ids.length === 0 ? [] : (await payload.find({ collection, ...asPublic(locale), depth, where: { id: { in: ids } }, pagination: false, limit: ids.length })).docs
  const [sections, commitments, organizations] = await Promise.all([
    read(COLLECTION.roadmapSections, idsOf('section')),
    read(COLLECTION.commitments, idsOf('commitment'), 1),
    read(COLLECTION.organizations, idsOf('organization')),
  ])
  const loaded = new Map<string, Loaded>()
  for (const doc of sections as unknown as { id: number | string; code?: string; kind?: string; title?: string; body?: unknown }[]) {
    if (!doc.code || !doc.title) continue
    loaded.set(`section:${doc.id}`, {
      title: doc.title,
      url: searchResultUrl(locale, 'section', doc.code),
      context: `${sectionKindLabel(locale, doc.kind)} ${doc.code}`.trim(),
      snippet: snippetAround(richTextToLine(doc.body), terms),
    })
  }
  for (const doc of commitments as unknown as { id: number | string; slug?: string; title?: string; description?: unknown; organization?: unknown }[]) {
    if (!doc.slug || !doc.title) continue
    const organization = doc.organization && typeof doc.organization === 'object' ? (doc.organization as { name?: string; acronym?: string | null }) : null
    loaded.set(`commitment:${doc.id}`, {
      title: doc.title,
      url: searchResultUrl(locale, 'commitment', doc.slug),
      context: organization ? [organization.name, organization.acronym ? `(${organization.acronym})` : ''].filter(Boolean).join(' ') || null : null,
      snippet: snippetAround(richTextToLine(doc.description), terms),
    })
  }
  for (const doc of organizations as unknown as { id: number | string; slug?: string; name?: string; acronym?: string | null; kind?: string; description?: unknown }[]) {
    if (!doc.slug || !doc.name) continue
    loaded.set(`organization:${doc.id}`, {
      title: doc.acronym ? `${doc.name} (${doc.acronym})` : doc.name,
      url: searchResultUrl(locale, 'organization', doc.slug),
      context: organizationKindLabel(locale, doc.kind) || null,
      snippet: snippetAround(richTextToLine(doc.description), terms),
    })
  }
  return loaded
}

const toLocale = (value: unknown): Locale => ((LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE)

/**
 * The search itself, usable without GraphQL (e.g. from tests). Empty or blank queries find
 * nothing. `wordsFrom` chooses where words come from on PostgreSQL (normally found out once).
 */
export const publicSearch = async (
  payload: Payload,
  args: { query: unknown; locale?: unknown; limit?: unknown; wordsFrom?: WordsSource },
): Promise<SearchResult[]> => {
  const query = normalizeSearchQuery(args.query)
  if (!query) return []
  const locale = toLocale(args.locale)
  const limit = clampLimit(args.limit)
  const terms = searchTerms(query)
  const roadmapId = await adoptedRoadmapId(payload, locale)
  // A few more candidates than asked for, in case access rules hide some.
  const candidateLimit = limit * 2
  const candidates =
    payload.db.name === 'mongoose'
      ? terms.length === 0
        ? []
        : await likeCandidates(payload, { query, terms, locale, roadmapId, limit: candidateLimit })
      : await postgresCandidates(payload, { query, locale, roadmapId, limit: candidateLimit, wordsFrom: args.wordsFrom })
  const loaded = await loadResults(payload, candidates, locale, terms)
  const results: SearchResult[] = []
  for (const candidate of candidates) {
    const found = loaded.get(`${candidate.kind}:${candidate.id}`)
    if (found) results.push({ kind: candidate.kind, id: String(candidate.id), ...found })
    if (results.length >= limit) break
  }
  return results
}

/**
 * For `graphQL.queries` in payload.config.ts: adds
 * `publicSearch(query: String!, locale: LocaleInputType, limit: Int): [PublicSearchResult!]!`.
 */
export const publicSearchQueries: GraphQLExtension = (GraphQL, { types }) => {
  const Kind = new GraphQL.GraphQLEnumType({
    name: 'PublicSearchKind',
    values: Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, { value: kind }])),
  })
  const Result = new GraphQL.GraphQLObjectType({
    name: 'PublicSearchResult',
    fields: {
      kind: { type: new GraphQL.GraphQLNonNull(Kind) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      title: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      url: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString), description: 'The page on the public site, in the language searched (a site path).' },
      context: { type: GraphQL.GraphQLString, description: 'Where it belongs: a section’s level and code, a commitment’s organization, an organization’s kind.' },
      snippet: { type: GraphQL.GraphQLString, description: 'A plain-text excerpt of its description around the first match.' },
    },
  })
  return {
    publicSearch: {
      type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(Result))),
      description: 'Search the published roadmap sections, commitments and organizations, as the public sees them. Best match first.',
      args: {
        query: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        locale: { type: types.localeInputType ?? GraphQL.GraphQLString },
        limit: { type: GraphQL.GraphQLInt, description: '1–50; 20 when not given.' },
      },
      resolve: async (_source: unknown, args: { query: string; locale?: string | null; limit?: number | null }, context: { req: PayloadRequest }) =>
        publicSearch(context.req.payload, { query: args.query, locale: args.locale ?? context.req.locale, limit: args.limit }),
    },
  }
}
