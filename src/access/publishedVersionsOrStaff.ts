import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

/**
 * Reading the version history of the roadmap itself (roadmaps and their sections): staff read
 * every version; everyone else only the versions that were published, since those were public
 * when they were current. Drafts and autosaves stay with staff.
 *
 * The filter runs on the versions table, where the document's fields sit under `version.`.
 * Payload leaves out versions whose snapshot is trashed unless `trash` is asked for, and not at
 * all when counting, so the filter says it itself. Trashing a document only marks its newest
 * snapshot, so the versions of a document in the trash are excluded through `parent` as well,
 * as are those of a document that is no longer published.
 */
export const publishedVersionsOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  const publicVersions: Where = {
    and: [
      { 'version._status': { equals: 'published' } },
      { 'version.deletedAt': { exists: false } },
      { 'parent.deletedAt': { exists: false } },
      // A document the secretariat took down (unpublished) takes its history with it.
      { 'parent._status': { equals: 'published' } },
    ],
  }
  return publicVersions
}
