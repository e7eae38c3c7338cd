import type { Access } from 'payload'

import { isActiveUser, isStaffUser } from './roles'

/** User records: staff see everyone, anyone else only themselves, the public nobody. */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  if (isActiveUser(user)) return { id: { equals: user.id } }
  return false
}
