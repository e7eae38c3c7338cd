import type { UIField } from 'payload'

/** The sidebar panel showing where a partner-owned document stands in review (src/admin/review/ReviewStatus.tsx). */
export const reviewPanelField = (): UIField => ({
  name: 'reviewPanel',
  type: 'ui',
  label: { id: 'Status tinjauan', en: 'Review status' },
  admin: { position: 'sidebar', components: { Field: '/admin/review/ReviewStatus#ReviewStatus' } },
})
