import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { COLLECTION, CONTEXT, DEFAULT_LOCALE } from '../../../src/constants'
import type { DocumentId } from '../../../src/utilities/idOf'
import { idOf } from '../../../src/utilities/idOf'

type Breadcrumb = { doc: DocumentId; code: string; label: string; url: string }


const sectionUrl = (code: string) => `/peta-jalan/${code}`

const breadcrumbsFor = async ({ req, sectionId }: { req: PayloadRequest; sectionId: DocumentId }): Promise<Breadcrumb[]> => {
  const chain: Breadcrumb[] = []
  const seen = new Set<string>()
  let currentId: DocumentId | null = sectionId
  while (currentId !== null && !seen.has(String(currentId))) {
    seen.add(String(currentId))
    const section = await req.payload.findByID({
      collection: COLLECTION.roadmapSections,
      id: currentId,
      depth: 0,
      locale: DEFAULT_LOCALE,
      req,
      disableErrors: true,
      select: { code: true, title: true, parent: true },
    })
    if (!section) break
    chain.unshift({
      doc: section.id,
      code: section.code,
      label: `${section.code} ${section.title ?? ''}`.trim(),
      url: sectionUrl(section.code),
    })
    currentId = idOf(section.parent)
  }
  return chain
}

const writeBreadcrumbsDown = async ({ req, sectionId }: { req: PayloadRequest; sectionId: DocumentId }) => {
  // Array rows need ids unique across all sections; owner and ancestor together are.
  const breadcrumbs = (await breadcrumbsFor({ req, sectionId })).map((crumb) => ({
    ...crumb,
    id: `${String(sectionId)}-${String(crumb.doc)}`,
  }))
  await req.payload.db.updateOne({
    collection: COLLECTION.roadmapSections,
    id: sectionId,
    data: { breadcrumbs },
    req,
    returning: false,
  })
  const { docs: children } = await req.payload.find({
    collection: COLLECTION.roadmapSections,
    where: { parent: { equals: sectionId } },
    pagination: false,
    depth: 0,
    req,
    trash: true,
    select: { code: true },
  })
  for (const child of children) {
    await writeBreadcrumbsDown({ req, sectionId: child.id })
  }
  return breadcrumbs
}

/**
 * The breadcrumbs of nested documents (doc, url, label for each ancestor and the section
 * itself), kept for the published tree: a draft of a published section does not rewrite them.
 */
export const maintainBreadcrumbs: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context[CONTEXT.skipBreadcrumbs]) return doc
  const isPublishedState = doc._status === 'published' || operation === 'create' || previousDoc?._status !== 'published'
  if (!isPublishedState) return doc
  const breadcrumbs = await writeBreadcrumbsDown({ req, sectionId: doc.id })
  return { ...doc, breadcrumbs }
}
