import type { PublishButtonServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import type { AccessUser } from '../../access/roles'
import { SubmitForReviewButton } from './SubmitForReviewButton'

/** Replaces the Publish button of partner-owned collections: only staff publish. */
export function SubmitForReview({ user }: PublishButtonServerProps) {
  return <SubmitForReviewButton canPublish={isStaffUser(user as AccessUser)} />
}
