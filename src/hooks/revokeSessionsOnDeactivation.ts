import type { CollectionAfterChangeHook } from 'payload'

import { COLLECTION } from '../constants'

/**
 * A deactivated account must lose the sessions it already has. Payload's JWT strategy accepts a
 * token only while its session id is listed on the user (`auth.useSessions`, on by default),
 * so emptying the list signs the account out everywhere: its next request is anonymous.
 */
export const revokeSessionsOnDeactivation: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc?.isDeactivated !== true) return doc
  await req.payload.db.updateOne({
    collection: COLLECTION.users,
    id: doc.id,
    data: { sessions: [] },
    req,
    returning: false,
  })
  return doc
}
