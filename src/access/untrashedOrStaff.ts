import type { Access } from 'payload'

import { NOT_TRASHED } from './publication'
import { isStaffUser } from './roles'

/** Public reference data (organizations, indicators, files): everyone reads it, except what is in the trash. */
export const untrashedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return NOT_TRASHED
}
