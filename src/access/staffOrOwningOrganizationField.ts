import type { FieldAccess } from 'payload'

import { isStaffUser, organizationIdOf } from './roles'

/** Internal notes: staff, and the organization whose document it is. Never the public. */
export const staffOrOwningOrganizationField: FieldAccess = ({ req: { user }, doc }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (organizationId === null || !doc) return false
  const owner =
    typeof doc.organization === 'object' && doc.organization !== null ? doc.organization.id : doc.organization
  return String(owner) === String(organizationId)
}
