import type { Access } from 'payload'

import { requestsPublication } from './publication'
import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/**
 * Creating partner-owned documents: staff, or a partner who belongs to an organization, as a
 * draft (or a submitted report) only. Publishing and approving are the secretariat's.
 */
export const staffOrPartnerDraft: Access = ({ req: { user }, data }) => {
  if (isStaffUser(user)) return true
  return isPartnerUser(user) && organizationIdOf(user) !== null && !requestsPublication(data)
}
