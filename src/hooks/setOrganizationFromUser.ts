import type { CollectionBeforeChangeHook } from 'payload'

import { isPartnerUser, organizationIdOf } from '../access/roles'

/** A partner always writes as its own organization, whatever the request says. */
export const setOrganizationFromUser: CollectionBeforeChangeHook = ({ data, req: { user } }) => {
  if (isPartnerUser(user)) {
    return { ...data, organization: organizationIdOf(user) }
  }
  return data
}
