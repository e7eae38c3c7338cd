import type { CollectionBeforeChangeHook } from 'payload'

import { isPartnerUser, organizationIdOf } from '../../../src/access/roles'

/** A partner's upload belongs to its organization and starts private; staff uploads are public. */
export const setUploaderOrganization: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const isPartner = isPartnerUser(req.user)
  return { ...data, organization: isPartner ? organizationIdOf(req.user) : null, isPublic: !isPartner }
}
