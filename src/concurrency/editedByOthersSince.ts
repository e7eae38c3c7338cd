import type { PayloadRequest } from 'payload'

import { COLLECTION } from '../constants'
import type { DocumentId } from '../utilities/idOf'

/**
 * Whether anyone but the writer produced a state of the document newer than `since`, read
 * from the audit log (the only record of who made each change; each event records the
 * `updatedAt` its change produced). A person is never in conflict with their own
 * later saves: the admin's autosaves can leave before the previous one's new `updatedAt` has
 * reached the form, and refusing those would only get in the way. Server code (no person)
 * counts every change, as does any change made without a person.
 */
export const editedByOthersSince = async ({
  collectionSlug,
  id,
  since,
  req,
}: {
  collectionSlug: string
  id: DocumentId
  since: number
  req: PayloadRequest
}): Promise<boolean> => {
  const writerId = req.user && req.user.collection === COLLECTION.users ? req.user.id : null
  if (writerId === null) return true
  const { totalDocs } = await req.payload.count({
    collection: COLLECTION.auditEvents,
    where: {
      and: [
        { collectionSlug: { equals: collectionSlug } },
        { documentId: { equals: String(id) } },
        // The state each change produced; folded autosaves keep it current.
        { documentUpdatedAt: { greater_than: new Date(since).toISOString() } },
        { or: [{ actor: { not_equals: writerId } }, { actor: { exists: false } }] },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
