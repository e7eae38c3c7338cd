import type { Access } from 'payload'

import { COLLECTION } from '../constants'
import { isActiveUser, isAdminUser, isStaffUser } from './roles'
import { STAFF_ROLES } from './staffRoles'

/**
 * Changing accounts: admins change anyone; the secretariat itself and partner accounts (to
 * invite, reassign and deactivate them), never an admin's or another secretariat member's;
 * everyone else only itself.
 *
 * "Holds no staff role" cannot be written as a filter on a hasMany select (`not_in` matches a
 * user with any other role), so the few staff accounts are looked up and excluded by id.
 */
export const userManagerOrSelf: Access = async ({ req }) => {
  const { user } = req
  if (isAdminUser(user)) return true
  if (!isActiveUser(user)) return false
  const self = { id: { equals: user.id } }
  if (!isStaffUser(user)) return self
  const { docs: staff } = await req.payload.find({
    collection: COLLECTION.users,
    where: { roles: { in: [...STAFF_ROLES] } },
    pagination: false,
    depth: 0,
    select: { roles: true },
    req,
  })
  return { or: [self, { id: { not_in: staff.map((account) => account.id) } }] }
}
