import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { ACCESS_MESSAGE, AccessRefused } from '../access/messages'
import { isPartnerUser, organizationIdOf } from '../access/roles'
import { COLLECTION } from '../constants'
import { idOf } from '../utilities/idOf'

/**
 * Milestones and progress reports belong to the organization of their commitment; keeping
 * it on the document lets access rules filter them in the database without a join.
 */
export const setOrganizationFromCommitment: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const commitmentId = idOf(data.commitment ?? originalDoc?.commitment)
  if (commitmentId === null) return data
  const commitment = await req.payload.findByID({
    collection: COLLECTION.commitments,
    id: commitmentId,
    depth: 0,
    req,
    draft: true,
    disableErrors: true,
    trash: true,
    select: { organization: true },
  })
  if (!commitment) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'commitment', message: `Komitmen ${String(commitmentId)} tidak ditemukan (commitment not found).` }],
    })
  }
  const organization = idOf(commitment.organization)
  if (isPartnerUser(req.user) && String(organization) !== String(organizationIdOf(req.user))) {
    throw new AccessRefused(ACCESS_MESSAGE.partnerOtherOrganization)
  }
  return { ...data, organization }
}
