import type { Access, Where } from 'payload'

import { NOT_TRASHED, PUBLISHED } from './publication'
import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

const PUBLIC_FILTER: Where = { and: [PUBLISHED, NOT_TRASHED] }

/**
 * Reading partner-owned documents: staff read all; a partner reads everything published
 * plus every document of its own organization, drafts included; the public reads published only.
 */
export const publishedOrOwnOrganization: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (isPartnerUser(user) && organizationId !== null) {
    return {
      or: [PUBLIC_FILTER, { organization: { equals: organizationId } }],
    }
  }
  return PUBLIC_FILTER
}
