import type { UIFieldServerComponent } from 'payload'

import { COLLECTION } from '../../constants'
import type { ReviewRequestState } from '../../constants'
import { REVIEW_REQUEST_STATE_LABELS } from '../../review/labels'
import { formatDateTime, pick } from './format'

const TEXT = {
  heading: { id: 'Status tinjauan', en: 'Review status' },
  never: { id: 'Belum pernah diajukan untuk ditinjau.', en: 'Never submitted for review.' },
  submittedAt: { id: 'Diajukan', en: 'Submitted' },
  reviewedAt: { id: 'Ditinjau', en: 'Reviewed' },
  comment: { id: 'Komentar sekretariat', en: 'Secretariat’s comment' },
  history: { id: 'Riwayat pengajuan', en: 'Submission history' },
}

/**
 * The sidebar panel on commitments, milestones and progress reports: where the document stands
 * in review, and what the secretariat said. Read with the viewer's own access.
 */
export const ReviewStatus: UIFieldServerComponent = async ({ id, collectionSlug, req, i18n }) => {
  if (!id) return null
  const language = i18n.language
  const { docs, totalDocs } = await req.payload.find({
    collection: COLLECTION.reviewRequests,
    where: { and: [{ documentCollection: { equals: collectionSlug } }, { documentId: { equals: String(id) } }] },
    sort: '-submittedAt',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const latest = docs[0]
  return (
    <div className="field-type lentera-review-status" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 .5rem' }}>{pick(TEXT.heading, language)}</h4>
      {!latest ? (
        <p style={{ margin: 0 }}>{pick(TEXT.never, language)}</p>
      ) : (
        <>
          <p style={{ margin: 0 }} data-review-state={latest.state}>
            <strong>{pick(REVIEW_REQUEST_STATE_LABELS[(latest.state ?? 'submitted') as ReviewRequestState], language)}</strong>
          </p>
          <p style={{ margin: '.25rem 0 0' }}>
            {pick(TEXT.submittedAt, language)}: {formatDateTime(latest.submittedAt, language)}
          </p>
          {latest.reviewedAt ? (
            <p style={{ margin: '.25rem 0 0' }}>
              {pick(TEXT.reviewedAt, language)}: {formatDateTime(latest.reviewedAt, language)}
            </p>
          ) : null}
          {latest.reviewComment ? (
            <blockquote style={{ margin: '.5rem 0 0', paddingLeft: '.75rem', borderLeft: '3px solid var(--theme-elevation-400)' }}>
              <span className="sr-only">{pick(TEXT.comment, language)}: </span>
              {latest.reviewComment}
            </blockquote>
          ) : null}
          {totalDocs > 1 ? (
            <p style={{ margin: '.5rem 0 0' }}>
              <a href={`${req.payload.config.routes.admin}/collections/${COLLECTION.reviewRequests}?where[documentCollection][equals]=${collectionSlug}&where[documentId][equals]=${id}`}>
                {pick(TEXT.history, language)} ({totalDocs})
              </a>
            </p>
          ) : null}
        </>
      )}
    </div>
  )
}
