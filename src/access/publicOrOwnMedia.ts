import type { Access, Where } from 'payload'

import { NOT_TRASHED } from './publication'
import { isPartnerUser, isStaffUser, organizationIdOf } from './roles'

const PUBLIC_MEDIA: Where = { and: [{ isPublic: { equals: true } }, NOT_TRASHED] }

/**
 * Files: staff read all; everyone reads the files public content shows (see
 * src/media/mediaVisibility.ts); a partner also reads its own organization's uploads.
 */
export const publicOrOwnMedia: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const organizationId = organizationIdOf(user)
  if (isPartnerUser(user) && organizationId !== null) {
    return { or: [PUBLIC_MEDIA, { organization: { equals: organizationId } }] }
  }
  return PUBLIC_MEDIA
}
