import type { Access } from 'payload'

import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/** Changing partner-owned documents: staff, or a partner on its own organization's documents only. */
export const staffOrOwnOrganization: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (isPartnerUser(user) && organizationId !== null) {
    return { organization: { equals: organizationId } }
  }
  return false
}
