import type { Access } from 'payload'

import type { PartnerCollection } from './publication'
import { hasEverBeenPublic, isTrashRequest, NOTHING } from './publication'
import { isAdminUser, isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/**
 * Deleting partner-owned documents. Only admins delete for good; staff may move any document to
 * the trash; a partner only its own organization's documents that were never public, one at a
 * time (the history check needs the id, so a partner's bulk trash is refused).
 */
export const adminOrTrashOwnNeverPublished =
  (collection: PartnerCollection): Access =>
  async ({ req, id, data }) => {
    const { user } = req
    if (isAdminUser(user)) return true
    if (isStaffUser(user)) return isTrashRequest(data)
    const organizationId = organizationIdOf(user)
    if (!isPartnerUser(user) || organizationId === null) return false
    // Refused with a reason by src/hooks/refusePartnerPublishing.ts (see publication.ts, NOTHING).
    if (!isTrashRequest(data)) return NOTHING
    if (id === undefined || id === null) return false
    if (await hasEverBeenPublic({ req, collection, id })) return false
    return { organization: { equals: organizationId } }
  }
