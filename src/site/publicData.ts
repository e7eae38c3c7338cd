import config from '@payload-config'
import { getPayload } from 'payload'

import { COLLECTION, GLOBAL } from '../constants'
import type { Locale } from '../constants'

/**
 * What the home page shows, read as the anonymous public (access rules applied), so the
 * page can never show more than the public API does.
 */
export const loadHomePage = async ({ locale }: { locale: Locale }) => {
  const payload = await getPayload({ config })
  const asPublic = { overrideAccess: false, user: null, locale, fallbackLocale: 'id' as const, depth: 0 }
  const [settings, roadmaps] = await Promise.all([
    payload.findGlobal({ slug: GLOBAL.siteSettings, ...asPublic }),
    payload.find({
      collection: COLLECTION.roadmaps,
      ...asPublic,
      where: { status: { equals: 'adopted' } },
      sort: '-periodStart',
      limit: 1,
    }),
  ])
  const roadmap = roadmaps.docs[0] ?? null
  const strategies = roadmap
    ? (
        await payload.find({
          collection: COLLECTION.roadmapSections,
          ...asPublic,
          where: { and: [{ roadmap: { equals: roadmap.id } }, { kind: { equals: 'strategy' } }] },
          sort: 'code',
          pagination: false,
          select: { code: true, title: true, progress: true },
        })
      ).docs
    : []
  return { settings, roadmap, strategies }
}
