import type { CollectionBeforeChangeHook } from 'payload'

/** Records when a progress report was approved (the public sees when, not just that). */
export const stampApproval: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const isApproved = (data.reviewStatus ?? originalDoc?.reviewStatus) === 'approved'
  if (!isApproved) return { ...data, approvedAt: null }
  if (originalDoc?.reviewStatus === 'approved' && originalDoc.approvedAt) return { ...data, approvedAt: originalDoc.approvedAt }
  return { ...data, approvedAt: new Date().toISOString() }
}
