import type { CollectionBeforeChangeHook } from 'payload'
import { APIError, ValidationError } from 'payload'

import type { PartnerCollection } from '../../../src/access/publication'
import { isReviewedCollection } from '../../../src/access/publication'
import { COLLECTION, CONTEXT } from '../../../src/constants'
import { REVIEW_MESSAGE } from '../../../src/review/messages'
import { currentRevision, readReviewedDocument, writeReviewedDocument } from '../../../src/review/reviewedDocuments'

const DECISIONS = ['approved', 'changes-requested'] as const

/** 409: what was submitted is no longer what would be published. */
export class SubmissionOutdatedError extends APIError {
  constructor(message: string) {
    super(message, 409, null, true)
    this.name = 'SubmissionOutdated'
  }
}

/**
 * The secretariat's decision on a submission. Approving publishes the submitted draft (or
 * approves the report) with the reviewer's own access, in the same transaction, so a decision
 * is recorded only if it took effect; requesting changes needs a comment for the partner. A
 * decision applies to exactly what was submitted: a document edited since is refused with 409.
 */
export const applyDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context, collection }) => {
  if (operation !== 'update' || context[CONTEXT.reviewWorkflow] || !originalDoc) return data
  const decision = data.state
  if (decision === undefined || decision === originalDoc.state) return data
  const fail = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }] })

  if (originalDoc.state !== 'submitted') throw fail('state', REVIEW_MESSAGE.onlySubmittedCanBeDecided)
  if (!(DECISIONS as readonly unknown[]).includes(decision)) throw fail('state', REVIEW_MESSAGE.decisionMustBeApproveOrRequestChanges)
  const comment = typeof data.reviewComment === 'string' ? data.reviewComment.trim() : ''
  if (decision === 'changes-requested' && !comment) throw fail('reviewComment', REVIEW_MESSAGE.commentRequired)

  const documentCollection = originalDoc.documentCollection as PartnerCollection
  const document = await readReviewedDocument({ req, collection: documentCollection, id: originalDoc.documentId })
  if (!document || document.deletedAt) throw new SubmissionOutdatedError(REVIEW_MESSAGE.documentGone)
  const revision = await currentRevision({ req, collection: documentCollection, document })
  if (revision !== originalDoc.documentRevision) throw new SubmissionOutdatedError(REVIEW_MESSAGE.changedSinceSubmission)

  const isReport = isReviewedCollection(documentCollection)
  if (decision === 'approved') {
    const publication = isReport ? { reviewStatus: 'approved' } : { _status: 'published' }
    await writeReviewedDocument({ req, collection: documentCollection, id: document.id, data: publication, asReviewer: true })
  } else if (isReport) {
    await writeReviewedDocument({ req, collection: documentCollection, id: document.id, data: { reviewStatus: 'changes-requested' }, asReviewer: true })
  }

  return {
    ...data,
    reviewComment: comment || null,
    reviewedBy: req.user?.collection === COLLECTION.users ? req.user.id : null,
    reviewedAt: new Date().toISOString(),
  }
}
