import type { PayloadRequest } from 'payload'

import type { PartnerCollection } from '../access/publication'
import { isReviewedCollection } from '../access/publication'
import type { DocumentId } from '../utilities/idOf'
import type { FieldChange } from './documentChanges'
import { documentChanges, fieldLabels } from './documentChanges'
import { currentRevision, readReviewedDocument } from './reviewedDocuments'

export type SubmissionChanges = {
  /** What the submission is compared with: the last published version, or nothing when there is none. */
  comparedWith: { kind: 'published-version'; versionId: DocumentId; publishedAt: string } | { kind: 'nothing-published' }
  /** Reports keep no versions: the whole report is shown as new content. */
  hasVersions: boolean
  /** The document was edited after it was submitted: approving would be refused (409). */
  changedSinceSubmission: boolean
  documentExists: boolean
  /** The version a reviewer would publish (for the admin's full version comparison). */
  submittedVersionId: DocumentId | null
  changes: FieldChange[]
}

type Submission = { documentCollection: PartnerCollection; documentId: string; documentRevision?: string | null }

/**
 * The submitted content against the last published version, read for a reviewer or the
 * submitting partner (the caller has already checked that they may read the submission).
 */
export const submissionChanges = async ({ req, submission }: { req: PayloadRequest; submission: Submission }): Promise<SubmissionChanges> => {
  const collection = submission.documentCollection
  const labels = fieldLabels(req.payload.collections[collection].config.fields)
  const document = await readReviewedDocument({ req, collection, id: submission.documentId })
  if (!document) {
    return {
      comparedWith: { kind: 'nothing-published' },
      hasVersions: false,
      changedSinceSubmission: true,
      documentExists: false,
      submittedVersionId: null,
      changes: [],
    }
  }
  const changedSinceSubmission = (await currentRevision({ req, collection, document })) !== submission.documentRevision

  if (isReviewedCollection(collection)) {
    const report = await req.payload.findByID({ collection, id: document.id, depth: 0, locale: 'all', trash: true, overrideAccess: true, req })
    return {
      comparedWith: { kind: 'nothing-published' },
      hasVersions: false,
      changedSinceSubmission,
      documentExists: true,
      submittedVersionId: null,
      changes: documentChanges({ before: null, after: report as unknown as Record<string, unknown>, labels }),
    }
  }

  const versionsOf = async (extra: Record<string, unknown>[]) =>
    (
      await req.payload.findVersions({
        collection,
        where: { and: [{ parent: { equals: document.id } }, ...extra] } as never,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        locale: 'all',
        overrideAccess: true,
        req,
      })
    ).docs[0] as unknown as { id: DocumentId; updatedAt: string; version: Record<string, unknown> } | undefined

  const submitted = await versionsOf([])
  const published = submitted
    ? await versionsOf([{ 'version._status': { equals: 'published' } }, { id: { not_equals: submitted.id } }])
    : undefined
  return {
    comparedWith: published ? { kind: 'published-version', versionId: published.id, publishedAt: published.updatedAt } : { kind: 'nothing-published' },
    hasVersions: true,
    changedSinceSubmission,
    documentExists: true,
    submittedVersionId: submitted?.id ?? null,
    changes: documentChanges({ before: published?.version, after: submitted?.version, labels }),
  }
}
