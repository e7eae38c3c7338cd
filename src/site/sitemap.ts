import { loadAdoptedRoadmapId, loadAllPublic } from './exports/load'
import { buildRobotsTxt, buildSitemapXml } from './exports/sitemapXml'
import type { SitemapPage } from './exports/sitemapXml'
import { publicOrigin } from './metadata'
import { compareCodes } from './publicValues'

/** The pages that exist whatever the content. */
const FIXED_PAGES = ['/', '/peta-jalan', '/mitra', '/indikator', '/status', '/perubahan', '/data', '/cari']

type Dated = { id: number | string; updatedAt?: string | null }

/**
 * Every public page: the fixed ones, each published section of the roadmap the site shows,
 * each organization, each published commitment and each indicator — read as the anonymous
 * public, so nothing unpublished is listed.
 */
export const loadSitemapPages = async (): Promise<SitemapPage[]> => {
  const lang = 'id'
  const roadmapId = await loadAdoptedRoadmapId(lang)
  const [sections, organizations, commitments, indicators] = await Promise.all([
    roadmapId === null
      ? Promise.resolve([])
      : loadAllPublic<Dated & { code?: string | null }>({ lang, root: 'RoadmapSections', fields: 'id code updatedAt', where: `{ roadmap: { equals: ${JSON.stringify(roadmapId)} } }` }),
    loadAllPublic<Dated & { slug?: string | null }>({ lang, root: 'Organizations', fields: 'id slug updatedAt' }),
    loadAllPublic<Dated & { slug?: string | null }>({ lang, root: 'Commitments', fields: 'id slug updatedAt' }),
    loadAllPublic<Dated & { code?: string | null }>({ lang, root: 'Indicators', fields: 'id code updatedAt' }),
  ])
  const page = (prefix: string, key: string | null | undefined, updatedAt?: string | null): SitemapPage[] =>
    key ? [{ path: `${prefix}/${encodeURIComponent(key)}`, lastModified: updatedAt }] : []
  return [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...sections
      .slice()
      .sort((a, b) => compareCodes(a.code ?? '', b.code ?? ''))
      .flatMap((section) => page('/peta-jalan', section.code, section.updatedAt)),
    ...organizations.flatMap((organization) => page('/mitra', organization.slug, organization.updatedAt)),
    ...commitments.flatMap((commitment) => page('/komitmen', commitment.slug, commitment.updatedAt)),
    ...indicators.flatMap((indicator) => page('/indikator', indicator.code, indicator.updatedAt)),
  ]
}

export const sitemapResponse = async (): Promise<Response> =>
  new Response(buildSitemapXml(publicOrigin(), await loadSitemapPages()), {
    status: 200,
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })

export const robotsResponse = (): Response =>
  new Response(buildRobotsTxt(publicOrigin()), { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
