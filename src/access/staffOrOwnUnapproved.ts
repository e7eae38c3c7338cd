import type { Access, Where } from 'payload'

import { NOTHING, requestsPublication } from './publication'
import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/**
 * Changing progress reports: staff; a partner its own organization's reports until they are
 * approved (an approved report is public, and it has no drafts to hold a change for review).
 */
export const staffOrOwnUnapproved: Access = ({ req: { user }, data }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (!isPartnerUser(user) || organizationId === null) return false
  if (requestsPublication(data)) return NOTHING
  const ownUnapproved: Where = {
    and: [{ organization: { equals: organizationId } }, { reviewStatus: { not_equals: 'approved' } }],
  }
  return ownUnapproved
}
