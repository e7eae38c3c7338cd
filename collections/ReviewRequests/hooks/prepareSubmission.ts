import type { CollectionBeforeChangeHook } from 'payload'
import { NotFound, ValidationError } from 'payload'

import { AccessRefused } from '../../../src/access/messages'
import type { PartnerCollection } from '../../../src/access/publication'
import { isPartnerCollection, isReviewedCollection } from '../../../src/access/publication'
import { isPartnerUser, organizationIdOf } from '../../../src/access/roles'
import { COLLECTION, CONTEXT } from '../../../src/constants'
import { REVIEW_MESSAGE } from '../../../src/review/messages'
import {
  closeSubmission,
  currentRevision,
  findOpenSubmission,
  latestVersion,
  readReviewedDocument,
  writeReviewedDocument,
} from '../../../src/review/reviewedDocuments'
import { idOf } from '../../../src/utilities/idOf'

const KIND_LABEL: Record<PartnerCollection, string> = {
  [COLLECTION.commitments]: 'Komitmen',
  [COLLECTION.milestones]: 'Tonggak capaian',
  [COLLECTION.progressReports]: 'Laporan kemajuan',
}

const titleOf = (collection: PartnerCollection, document: Record<string, unknown>) => {
  const title = collection === COLLECTION.progressReports ? document.periodLabel : document.title
  return `${KIND_LABEL[collection]} · ${typeof title === 'string' && title ? title : `#${String(document.id)}`}`
}

/**
 * "Kirim untuk ditinjau": checks that the document may be submitted by this person and has
 * something to review, replaces an earlier open submission of the same document, and fills in
 * everything the submitter does not choose (organization, who, when, which revision).
 */
export const prepareSubmission: CollectionBeforeChangeHook = async ({ data, operation, req, context, collection }) => {
  if (operation !== 'create' || context[CONTEXT.reviewWorkflow]) return data
  const documentCollection = data.documentCollection as PartnerCollection
  const documentId = data.documentId as string
  const fail = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }] })

  if (!isPartnerCollection(documentCollection)) throw fail('documentCollection', REVIEW_MESSAGE.notReviewable)
  const document = await readReviewedDocument({ req, collection: documentCollection, id: documentId })
  if (!document) {
    const notFound = new NotFound(req.t)
    notFound.message = REVIEW_MESSAGE.documentNotFound
    throw notFound
  }
  const organization = idOf(document.organization)
  if (isPartnerUser(req.user) && String(organization) !== String(organizationIdOf(req.user))) {
    throw new AccessRefused(REVIEW_MESSAGE.otherOrganization)
  }
  if (document.deletedAt) throw fail('documentId', REVIEW_MESSAGE.documentTrashed)

  if (isReviewedCollection(documentCollection)) {
    if (document.reviewStatus === 'approved') throw fail('documentId', REVIEW_MESSAGE.reportAlreadyApproved)
  } else {
    const version = await latestVersion({ req, collection: documentCollection, id: document.id })
    if (!version || version.version._status === 'published') throw fail('documentId', REVIEW_MESSAGE.nothingToReview)
  }

  const open = await findOpenSubmission({ req, collection: documentCollection, id: document.id })
  if (open) await closeSubmission({ req, id: open.id, state: 'withdrawn', comment: REVIEW_MESSAGE.withdrawnBySubmission })

  let submitted = document
  if (isReviewedCollection(documentCollection) && document.reviewStatus !== 'submitted') {
    await writeReviewedDocument({ req, collection: documentCollection, id: document.id, data: { reviewStatus: 'submitted' }, asReviewer: false })
    submitted = (await readReviewedDocument({ req, collection: documentCollection, id: document.id })) ?? document
  }

  return {
    ...data,
    documentId: String(document.id),
    title: titleOf(documentCollection, submitted),
    organization,
    state: 'submitted',
    submittedBy: req.user?.collection === COLLECTION.users ? req.user.id : null,
    submittedAt: new Date().toISOString(),
    documentRevision: await currentRevision({ req, collection: documentCollection, document: submitted }),
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
  }
}
