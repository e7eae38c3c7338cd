import type { Lang } from '../i18n'
import { publicOrigin } from '../metadata'
import { publicQuery } from '../publicGraphQL'
import { toCsv } from './csv'
import type { Dataset, Table } from './datasets'
import { downloadFileName, parseDataFileName, toJsonDocument } from './datasets'

/** Records are read in batches of this many; the API is asked until a batch comes back short. */
const PAGE_SIZE = 500
/** A guard against an endless loop, far above any real roadmap (500 000 records). */
const MAX_PAGES = 1_000

type Batch<Doc> = { list: { docs: Doc[] } }

/**
 * Every record of a collection the anonymous public may read, through the public GraphQL API
 * (so a download never holds more than the API shows: published, untrashed, public fields).
 *
 * Records are read in id order, each batch starting after the last id of the one before,
 * never with `page`: Payload reads a page by skipping the rows before it, building every
 * skipped row's locales and arrays on the way, so page N costs N pages' work and reading a
 * collection page by page grows with the square of its size (33 s for one page of 20 past
 * 32 000 commitments with long descriptions, measured while building bench/). A record that
 * changes while batches are read is kept once.
 */
export const loadAllPublic = async <Doc extends { id: number | string }>({
  lang,
  root,
  fields,
  where,
  batchSize = PAGE_SIZE,
}: {
  lang: Lang
  root: string
  fields: string
  where?: string
  batchSize?: number
}): Promise<Doc[]> => {
  const queryAfter = (lastId: number | string | null) => {
    const after = lastId === null ? null : `{ id: { greater_than: ${JSON.stringify(lastId)} } }`
    const conditions = [where, after].filter(Boolean)
    const filter = conditions.length === 0 ? '' : `where: ${conditions.length === 1 ? conditions[0] : `{ AND: [${conditions.join(', ')}] }`}, `
    return `query OpenData($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  list: ${root}(${filter}limit: ${batchSize}, sort: "id", locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { ${fields.split(/\s+/).includes('id') ? fields : `id ${fields}`} }
  }
}`
  }
  const byId = new Map<string, Doc>()
  let lastId: number | string | null = null
  for (let batch = 1; batch <= MAX_PAGES; batch += 1) {
    const { list }: Batch<Doc> = await publicQuery<Batch<Doc>>(queryAfter(lastId), { lang })
    for (const doc of list.docs) if (!byId.has(String(doc.id))) byId.set(String(doc.id), doc)
    if (list.docs.length < batchSize) break
    lastId = list.docs[list.docs.length - 1].id
  }
  return [...byId.values()]
}

const ADOPTED_ROADMAP_QUERY = `query AdoptedRoadmap($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Roadmaps(where: { status: { equals: adopted } }, sort: "-periodStart", limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) { docs { id } }
}`

/** The roadmap the site shows: the adopted one with the latest period (as the roadmap pages choose it). */
export const loadAdoptedRoadmapId = async (lang: Lang): Promise<number | string | null> =>
  (await publicQuery<{ Roadmaps: { docs: { id: number | string }[] } }>(ADOPTED_ROADMAP_QUERY, { lang })).Roadmaps.docs[0]?.id ?? null

/** A dataset's table in a language, read as the public. */
export const loadDatasetTable = async (dataset: Dataset, lang: Lang): Promise<Table> => {
  const [docs, adoptedRoadmapId] = await Promise.all([
    loadAllPublic<{ id: number | string }>({ lang, root: dataset.query.root, fields: dataset.query.fields }),
    dataset.name === 'sections' ? loadAdoptedRoadmapId(lang) : Promise.resolve(null),
  ])
  return dataset.table(docs, { lang, origin: publicOrigin(), adoptedRoadmapId })
}

const notFound = () =>
  new Response('Not found / Tidak ditemukan\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * `/data/<name>.csv|json` (and `/en/data/…`): a download, or 404 for a name that is not one.
 * The CSV is an attachment; the JSON is served to be read by programs and browsers alike.
 */
export const openDataFileResponse = async (lang: Lang, file: string): Promise<Response> => {
  const parsed = parseDataFileName(file)
  if (!parsed) return notFound()
  const { dataset, format } = parsed
  const table = await loadDatasetTable(dataset, lang)
  const headers: Record<string, string> = { 'Content-Language': lang }
  if (format === 'csv') {
    headers['Content-Type'] = 'text/csv; charset=utf-8'
    headers['Content-Disposition'] = `attachment; filename="${downloadFileName(dataset, format, lang)}"`
    return new Response(toCsv(table.header, table.rows), { status: 200, headers })
  }
  headers['Content-Type'] = 'application/json; charset=utf-8'
  headers['Content-Disposition'] = `inline; filename="${downloadFileName(dataset, format, lang)}"`
  const document = toJsonDocument({ dataset, table, lang, origin: publicOrigin(), generatedAt: new Date() })
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { status: 200, headers })
}
