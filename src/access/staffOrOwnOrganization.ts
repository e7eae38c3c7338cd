import type { Access } from 'payload'

import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/** Records that are never public (review submissions): staff, and the organization they are about. */
export const staffOrOwnOrganization: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (isPartnerUser(user) && organizationId !== null) return { organization: { equals: organizationId } }
  return false
}
