import type { Access } from 'payload'

import { NOTHING, requestsPublication } from './publication'
import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

/**
 * Changing versioned partner-owned documents: staff; a partner its own organization's documents,
 * without publishing them. Payload asks this with `data._status: 'published'` to decide who may
 * publish, including when a version is restored (Payload issue #8350); the answer is then a
 * filter that matches nothing, so that the refusal can say why (see publication.ts, NOTHING).
 */
export const staffOrOwnDraft: Access = ({ req: { user }, data }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (!isPartnerUser(user) || organizationId === null) return false
  if (requestsPublication(data)) return NOTHING
  return { organization: { equals: organizationId } }
}
