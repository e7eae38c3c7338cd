import type { ReviewRequestState } from '../constants'

export const REVIEW_REQUEST_STATE_LABELS: Record<ReviewRequestState, { id: string; en: string }> = {
  submitted: { id: 'Diajukan — menunggu tinjauan', en: 'Submitted — awaiting review' },
  'changes-requested': { id: 'Perlu perbaikan', en: 'Changes requested' },
  approved: { id: 'Disetujui dan diterbitkan', en: 'Approved and published' },
  withdrawn: { id: 'Ditarik', en: 'Withdrawn' },
}

