import type { PayloadRequest } from 'payload'

import { APPROVED, NOT_TRASHED, PUBLISHED } from '../access/publication'
import { COLLECTION } from '../constants'
import type { DocumentId } from '../utilities/idOf'
import { idOf } from '../utilities/idOf'

/**
 * Which files the public may read. A file uploaded by a partner belongs to its organization
 * and stays private until content the public can read shows it: the evidence of a published
 * milestone, an attachment of an approved progress report, or an organization's logo. Files
 * uploaded by staff are public. `isPublic` is stored (so access can filter on it in the
 * database) and recomputed whenever content that can show a file changes.
 */

/** The file ids a milestone, progress report or organization shows. */
export const attachedMediaIds = (collection: string, doc: Record<string, unknown> | null | undefined): DocumentId[] => {
  if (!doc) return []
  const ids: unknown[] =
    collection === COLLECTION.milestones
      ? (Array.isArray(doc.evidence) ? doc.evidence : []).map((item: { file?: unknown }) => item?.file)
      : collection === COLLECTION.progressReports
        ? Array.isArray(doc.attachments)
          ? doc.attachments
          : []
        : collection === COLLECTION.organizations
          ? [doc.logo]
          : []
  return ids.map(idOf).filter((id): id is DocumentId => id !== null)
}

const countShowing = async (req: PayloadRequest, mediaId: DocumentId): Promise<number> => {
  const where = (path: string, isPublicWhere: object[]) => ({ and: [{ [path]: { equals: mediaId } }, ...isPublicWhere] })
  // One after the other: inside a transaction the queries share one connection.
  const milestones = await req.payload.count({
    collection: COLLECTION.milestones,
    where: where('evidence.file', [PUBLISHED, NOT_TRASHED]) as never,
    overrideAccess: true,
    req,
  })
  const reports = await req.payload.count({
    collection: COLLECTION.progressReports,
    where: where('attachments', [APPROVED, NOT_TRASHED]) as never,
    overrideAccess: true,
    req,
  })
  const organizations = await req.payload.count({
    collection: COLLECTION.organizations,
    where: where('logo', [NOT_TRASHED]) as never,
    overrideAccess: true,
    req,
  })
  return milestones.totalDocs + reports.totalDocs + organizations.totalDocs
}

/** Recomputes `isPublic` for the given files, writing only what changed (a computed value, not an edit). */
export const refreshMediaVisibility = async (req: PayloadRequest, mediaIds: Iterable<DocumentId>) => {
  for (const id of new Set([...mediaIds].map(String))) {
    const media = await req.payload.findByID({
      collection: COLLECTION.media,
      id,
      depth: 0,
      trash: true,
      disableErrors: true,
      overrideAccess: true,
      select: { organization: true, isPublic: true },
      req,
    })
    if (!media) continue
    const isPublic = idOf(media.organization) === null || (await countShowing(req, id)) > 0
    if (Boolean(media.isPublic) !== isPublic) {
      await req.payload.db.updateOne({ collection: COLLECTION.media, id, data: { isPublic }, req, returning: false })
    }
  }
}
