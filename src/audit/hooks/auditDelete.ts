import type { CollectionAfterDeleteHook } from 'payload'

import { recordAuditEvent } from '../recordAuditEvent'

/** Permanent deletion (moving to the trash is an update, see auditChange). */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await recordAuditEvent({ req, action: 'delete', collectionSlug: collection.slug, documentId: id })
}
