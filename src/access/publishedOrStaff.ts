import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read drafts; everyone else reads published documents only, filtered in the database. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
