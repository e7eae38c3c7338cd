import type { Lang } from '../i18n'
import { publicQuery } from '../publicGraphQL'
import { compareCodes, fromEnum } from '../publicValues'

export type PublicRoadmap = { id: number; title: string; legalBasis?: string | null; periodStart: number; periodEnd: number; progress?: number | null }
export type PublicSectionSummary = {
  id: number
  code: string
  kind: string
  title: string
  progress?: number | null
  parent?: { id: number } | null
  mnrCapabilities?: string[] | null
}
export type SectionNode = PublicSectionSummary & { children: SectionNode[] }

const ROADMAP_QUERY = `query AdoptedRoadmap($locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  Roadmaps(where: { status: { equals: adopted } }, sort: "-periodStart", limit: 1, locale: $locale, fallbackLocale: $fallbackLocale) {
    docs { id title legalBasis periodStart periodEnd progress }
  }
}`

const SECTIONS_QUERY = `query RoadmapSections($roadmap: JSON, $page: Int, $locale: LocaleInputType, $fallbackLocale: FallbackLocaleInputType) {
  RoadmapSections(where: { roadmap: { equals: $roadmap } }, limit: 500, page: $page, locale: $locale, fallbackLocale: $fallbackLocale) {
    hasNextPage
    docs { id code kind title progress parent { id } mnrCapabilities }
  }
}`

/** The roadmap the public reads: the adopted one with the latest period. */
export const loadAdoptedRoadmap = async (lang: Lang): Promise<PublicRoadmap | null> =>
  (await publicQuery<{ Roadmaps: { docs: PublicRoadmap[] } }>(ROADMAP_QUERY, { lang })).Roadmaps.docs[0] ?? null

/** Every published section of a roadmap, in code order, as stored values. */
export const loadSections = async (lang: Lang, roadmapId: number): Promise<PublicSectionSummary[]> => {
  const sections: PublicSectionSummary[] = []
  for (let page = 1; ; page += 1) {
    const { RoadmapSections } = await publicQuery<{ RoadmapSections: { hasNextPage: boolean; docs: PublicSectionSummary[] } }>(SECTIONS_QUERY, {
      lang,
      variables: { roadmap: roadmapId, page },
    })
    sections.push(...RoadmapSections.docs)
    if (!RoadmapSections.hasNextPage) break
  }
  return sections
    .map((section) => ({
      ...section,
      kind: fromEnum(section.kind) ?? section.kind,
      mnrCapabilities: (section.mnrCapabilities ?? []).map((value) => fromEnum(value) ?? value),
    }))
    .sort((a, b) => compareCodes(a.code, b.code))
}

/** Sections as a tree; a section whose parent is not public hangs at the top rather than vanishing. */
export const buildSectionTree = (sections: PublicSectionSummary[]): SectionNode[] => {
  const nodes = new Map(sections.map((section) => [section.id, { ...section, children: [] as SectionNode[] }]))
  const roots: SectionNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parent?.id !== undefined ? nodes.get(node.parent.id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
