import type { Access } from 'payload'

import { grantsStaffRole } from './staffRoles'
import { isAdminUser, isStaffUser } from './roles'

/** Creating accounts: admins create any; the secretariat invites partners only. */
export const staffInvitesPartners: Access = ({ req: { user }, data }) => {
  if (isAdminUser(user)) return true
  return isStaffUser(user) && !grantsStaffRole(data?.roles)
}
