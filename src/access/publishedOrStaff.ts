import type { Access, Where } from 'payload'

import { NOT_TRASHED, PUBLISHED } from './publication'
import { isStaffUser } from './roles'

const PUBLIC_FILTER: Where = { and: [PUBLISHED, NOT_TRASHED] }

/** Staff read drafts and the trash; everyone else reads published documents only, filtered in the database. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return PUBLIC_FILTER
}
