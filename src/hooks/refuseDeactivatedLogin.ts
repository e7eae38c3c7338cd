import type { CollectionBeforeLoginHook } from 'payload'

import { ACCESS_MESSAGE, AccessRefused } from '../access/messages'

/**
 * Runs after the password has been checked (so it tells nothing to someone without it), on
 * login and on password reset; Payload revokes the session it had just opened when it throws.
 */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user?.isDeactivated === true) throw new AccessRefused(ACCESS_MESSAGE.accountDeactivated)
  return user
}
