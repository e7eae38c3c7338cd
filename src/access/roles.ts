import type { Role } from '../constants'
import { ROLE } from '../constants'

/** The parts of a logged-in user that access decisions read (roles and organization are kept in the JWT). */
export type AccessUser = {
  id: number | string
  collection?: string
  roles?: Role[] | null
  organization?: number | string | { id: number | string } | null
  isDeactivated?: boolean | null
} | null | undefined

/**
 * A deactivated account counts as the anonymous public in every rule below. Deactivation also
 * revokes the account's sessions (src/hooks/revokeSessionsOnDeactivation.ts); this is the
 * backstop for a token that outlives them.
 */
export const isActiveUser = (user: AccessUser): user is NonNullable<AccessUser> =>
  user !== null && user !== undefined && user.isDeactivated !== true

export const hasRole = (user: AccessUser, role: Role): boolean =>
  isActiveUser(user) && Boolean(user.roles?.includes(role))

export const isAdminUser = (user: AccessUser): boolean => hasRole(user, ROLE.admin)

/** Policy staff: the secretariat, and admins who can do everything staff can. */
export const isStaffUser = (user: AccessUser): boolean =>
  hasRole(user, ROLE.admin) || hasRole(user, ROLE.secretariat)

export const isPartnerUser = (user: AccessUser): boolean => !isStaffUser(user) && hasRole(user, ROLE.partner)

/** The organization a partner acts for, as an id, whether or not it was populated. */
export const organizationIdOf = (user: AccessUser): number | string | null => {
  if (!isActiveUser(user)) return null
  const organization = user.organization
  if (organization === null || organization === undefined) return null
  return typeof organization === 'object' ? organization.id : organization
}
