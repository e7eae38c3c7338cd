import type { Access } from 'payload'

import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/** Creating partner-owned documents: staff, or a partner who belongs to an organization. */
export const isStaffOrPartner: Access = ({ req: { user } }) =>
  isStaffUser(user) || (isPartnerUser(user) && organizationIdOf(user) !== null)
