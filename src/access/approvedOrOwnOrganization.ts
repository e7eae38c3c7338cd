import type { Access, Where } from 'payload'

import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

const PUBLIC_FILTER: Where = { reviewStatus: { equals: 'approved' } }

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
