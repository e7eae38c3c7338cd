import type { Access } from 'payload'

import { isTrashRequest } from './publication'
import { isAdminUser, isStaffUser } from './roles'

/** Only admins delete for good; the secretariat may move documents to the trash (and back). */
export const adminOrStaffTrash: Access = ({ req: { user }, data }) =>
  isAdminUser(user) || (isStaffUser(user) && isTrashRequest(data))
