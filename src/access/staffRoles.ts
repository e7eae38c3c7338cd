import { ROLE } from '../constants'

/** Roles that only an admin may grant: they open the whole CMS. */
export const STAFF_ROLES: readonly string[] = [ROLE.admin, ROLE.secretariat]

export const grantsStaffRole = (roles: unknown): boolean =>
  Array.isArray(roles) && roles.some((role) => STAFF_ROLES.includes(String(role)))
