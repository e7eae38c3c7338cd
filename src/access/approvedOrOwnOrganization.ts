import type { Access, Where } from 'payload'

import { APPROVED, NOT_TRASHED } from './publication'
import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

const PUBLIC_FILTER: Where = { and: [APPROVED, NOT_TRASHED] }

/** Progress reports reach the public only once the secretariat has approved them. */
export const approvedOrOwnOrganization: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (isPartnerUser(user) && organizationId !== null) {
    return {
      or: [PUBLIC_FILTER, { organization: { equals: organizationId } }],
    }
  }
  return PUBLIC_FILTER
}
