import type { Access } from 'payload'

import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/**
 * Reading the version history of partner-owned documents: staff; a partner its own
 * organization's. The filter runs on the versions table, where fields sit under `version.`.
 */
export const staffOrOwnOrganizationVersions: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (isPartnerUser(user) && organizationId !== null) {
    return { 'version.organization': { equals: organizationId } }
  }
  return false
}
