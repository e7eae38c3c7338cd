import type { CollectionAfterLoginHook } from 'payload'

import { recordAuditEvent } from '../recordAuditEvent'

/** A successful login, written in the login's own transaction (req.user is the person who logged in). */
export const auditLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await recordAuditEvent({ req, action: 'login', collectionSlug: collection.slug, documentId: user.id })
  return user
}
