import type { CollectionBeforeOperationHook } from 'payload'

import { ACCESS_MESSAGE, AccessRefused } from '../access/messages'
import { isActiveUser, isAdminUser } from '../access/roles'
import { grantsStaffRole } from '../access/staffRoles'
import { COLLECTION } from '../constants'
import { idOf } from '../utilities/idOf'
import { operationTargets } from './operationTargets'
import type { WriteArgs } from './operationTargets'

const sameRoles = (next: unknown, current: unknown): boolean => {
  const normalize = (roles: unknown) => (Array.isArray(roles) ? roles.map(String).sort().join(',') : '')
  return normalize(next) === normalize(current)
}

/**
 * Who may hand out which role. Field access on `roles` and `organization` only drops a value a
 * person may not write, silently; these refusals say why. Runs before access, on the raw request.
 */
export const guardUserAdministration: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  const actor = req.user
  if (overrideAccess || !isActiveUser(actor) || (operation !== 'create' && operation !== 'update')) return args
  const data = (args as WriteArgs).data ?? {}
  const isAdmin = isAdminUser(actor)

  if (operation === 'create') {
    if (!isAdmin && grantsStaffRole(data.roles)) throw new AccessRefused(ACCESS_MESSAGE.onlyAdminGrantsStaffRoles)
    return args
  }

  const targets = await operationTargets({
    req,
    collection: COLLECTION.users,
    args: args as WriteArgs,
    select: { roles: true, organization: true },
  })
  for (const target of targets) {
    const isSelf = String(target.id) === String(actor.id)
    if (isSelf && data.isDeactivated === true) throw new AccessRefused(ACCESS_MESSAGE.cannotDeactivateSelf)
    if (isAdmin) continue
    if ('roles' in data && !sameRoles(data.roles, target.roles)) {
      if (isSelf) throw new AccessRefused(ACCESS_MESSAGE.cannotChangeOwnRoles)
      if (grantsStaffRole(data.roles)) throw new AccessRefused(ACCESS_MESSAGE.onlyAdminGrantsStaffRoles)
    }
    if (isSelf && 'organization' in data && String(idOf(data.organization)) !== String(idOf(target.organization))) {
      throw new AccessRefused(ACCESS_MESSAGE.cannotChangeOwnOrganization)
    }
  }
  return args
}
