import type { CollectionConfig } from 'payload'

import { refreshMediaAfterDelete, refreshShownMedia, rememberShownMedia } from '../src/hooks/keepMediaVisibilityInStep'
import { adminOrTrashOwnNeverPublished } from '../src/access/adminOrTrashOwnNeverPublished'
import { approvedOrOwnOrganization } from '../src/access/approvedOrOwnOrganization'
import { staffField } from '../src/access/staffField'
import { staffOrOwnUnapproved } from '../src/access/staffOrOwnUnapproved'
import { staffOrPartnerDraft } from '../src/access/staffOrPartnerDraft'
import { reviewPanelField } from '../src/fields/reviewPanel'
import { COLLECTION, REVIEW_STATUSES } from '../src/constants'
import { notBefore } from '../src/fields/dateRange'
import { keepSubmissionsInStep, resubmitEditedReport } from '../src/hooks/keepSubmissionsInStep'
import { stampApproval } from '../src/hooks/stampApproval'
import { refusePartnerPublishing } from '../src/hooks/refusePartnerPublishing'
import { setOrganizationFromCommitment } from '../src/hooks/setOrganizationFromCommitment'

const REVIEW_STATUS_LABELS: Record<(typeof REVIEW_STATUSES)[number], { id: string; en: string }> = {
  submitted: { id: 'Diajukan', en: 'Submitted' },
  'changes-requested': { id: 'Perlu perbaikan', en: 'Changes requested' },
  approved: { id: 'Disetujui', en: 'Approved' },
}

export const ProgressReports: CollectionConfig = {
  slug: COLLECTION.progressReports,
  labels: {
    singular: { id: 'Laporan Kemajuan', en: 'Progress report' },
    plural: { id: 'Laporan Kemajuan', en: 'Progress reports' },
  },
  admin: {
    useAsTitle: 'periodLabel',
    defaultColumns: ['periodLabel', 'commitment', 'reviewStatus', 'updatedAt'],
    group: { id: 'Pelaksanaan', en: 'Implementation' },
  },
  defaultSort: '-periodEnd',
  trash: true,
  access: {
    read: approvedOrOwnOrganization,
    create: staffOrPartnerDraft,
    update: staffOrOwnUnapproved,
    delete: adminOrTrashOwnNeverPublished(COLLECTION.progressReports),
  },
  hooks: {
    beforeOperation: [refusePartnerPublishing],
    beforeChange: [setOrganizationFromCommitment, resubmitEditedReport, stampApproval, rememberShownMedia],
    afterChange: [keepSubmissionsInStep, refreshShownMedia],
    afterDelete: [refreshMediaAfterDelete],
  },
  fields: [
    {
      name: 'commitment',
      type: 'relationship',
      relationTo: COLLECTION.commitments,
      required: true,
      index: true,
      label: { id: 'Komitmen', en: 'Commitment' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      index: true,
      label: { id: 'Organisasi', en: 'Organization' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'date', required: true, label: { id: 'Awal periode', en: 'Period start' } },
        {
          name: 'periodEnd',
          type: 'date',
          required: true,
          index: true,
          label: { id: 'Akhir periode', en: 'Period end' },
          validate: notBefore({
            siblingField: 'periodStart',
            message: 'Akhir periode tidak boleh sebelum awal periode (the period must not end before it starts).',
          }),
        },
      ],
    },
    {
      name: 'periodLabel',
      type: 'text',
      required: true,
      label: { id: 'Nama periode', en: 'Period label' },
      admin: { placeholder: '2026 Semester 1' },
    },
    { name: 'summary', type: 'richText', localized: true, label: { id: 'Ringkasan', en: 'Summary' } },
    { name: 'indicatorValue', type: 'number', label: { id: 'Nilai indikator', en: 'Indicator value' } },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: COLLECTION.media,
      hasMany: true,
      label: { id: 'Lampiran', en: 'Attachments' },
    },
    {
      name: 'reviewStatus',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      label: { id: 'Status tinjauan', en: 'Review status' },
      options: REVIEW_STATUSES.map((status) => ({ value: status, label: REVIEW_STATUS_LABELS[status] })),
      access: { create: staffField, update: staffField },
      admin: {
        position: 'sidebar',
        description: {
          id: 'Laporan yang disimpan mitra otomatis diajukan untuk ditinjau sekretariat.',
          en: 'A report saved by a partner is submitted for the secretariat’s review.',
        },
      },
    },
    {
      name: 'approvedAt',
      type: 'date',
      index: true,
      label: { id: 'Disetujui pada', en: 'Approved at' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    reviewPanelField(),
  ],
}
