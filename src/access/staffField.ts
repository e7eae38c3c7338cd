import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

export const staffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
