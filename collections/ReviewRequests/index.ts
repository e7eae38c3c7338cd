import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isStaff } from '../../src/access/isStaff'
import { isStaffOrPartner } from '../../src/access/isStaffOrPartner'
import { PARTNER_COLLECTIONS } from '../../src/access/publication'
import { staffField } from '../../src/access/staffField'
import { staffOrOwnOrganization } from '../../src/access/staffOrOwnOrganization'
import { COLLECTION, REVIEW_REQUEST_STATES } from '../../src/constants'
import { REVIEW_REQUEST_STATE_LABELS } from '../../src/review/labels'
import { submissionChangesEndpoint } from '../../src/review/submissionChangesEndpoint'
import { applyDecision } from './hooks/applyDecision'
import { prepareSubmission } from './hooks/prepareSubmission'

const DOCUMENT_COLLECTION_LABELS: Record<(typeof PARTNER_COLLECTIONS)[number], { id: string; en: string }> = {
  [COLLECTION.commitments]: { id: 'Komitmen', en: 'Commitment' },
  [COLLECTION.milestones]: { id: 'Tonggak capaian', en: 'Milestone' },
  [COLLECTION.progressReports]: { id: 'Laporan kemajuan', en: 'Progress report' },
}

/** Filled in by the workflow's hooks, never by a request. */
const setBySystem: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * Submissions for review ("Kirim untuk ditinjau") and the secretariat's decisions on them: the
 * review queue. One record per submission; a document's records, oldest first, are its review
 * history. Never public: staff read all, a partner its own organization's.
 */
export const ReviewRequests: CollectionConfig = {
  slug: COLLECTION.reviewRequests,
  labels: {
    singular: { id: 'Pengajuan Tinjauan', en: 'Review submission' },
    plural: { id: 'Antrean Tinjauan', en: 'Review queue' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'state', 'submittedAt', 'reviewedAt'],
    group: { id: 'Pelaksanaan', en: 'Implementation' },
    description: {
      id: 'Pengajuan mitra, yang terlama di atas. Buka satu pengajuan untuk melihat perubahannya, lalu setujui atau minta perbaikan.',
      en: 'Partners’ submissions, oldest first. Open one to see what changed, then approve it or request changes.',
    },
  },
  defaultSort: 'submittedAt',
  disableDuplicate: true,
  trash: true,
  access: {
    read: staffOrOwnOrganization,
    create: isStaffOrPartner,
    update: isStaff,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [prepareSubmission, applyDecision],
  },
  endpoints: [submissionChangesEndpoint],
  indexes: [{ fields: ['documentCollection', 'documentId'] }],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { id: 'Pengajuan', en: 'Submission' },
      access: setBySystem,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documentCollection',
          type: 'select',
          required: true,
          index: true,
          label: { id: 'Jenis dokumen', en: 'Document type' },
          options: PARTNER_COLLECTIONS.map((slug) => ({ value: slug, label: DOCUMENT_COLLECTION_LABELS[slug] })),
          access: { update: () => false },
          admin: { readOnly: true },
        },
        {
          name: 'documentId',
          type: 'text',
          required: true,
          index: true,
          label: { id: 'ID dokumen', en: 'Document id' },
          access: { update: () => false },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      label: { id: 'Catatan pengaju', en: 'Submitter’s note' },
      access: { update: () => false },
      admin: { readOnly: true },
    },
    {
      name: 'changes',
      type: 'ui',
      label: { id: 'Perubahan', en: 'Changes' },
      admin: { components: { Field: '/admin/review/SubmissionChanges#SubmissionChanges' } },
    },
    {
      name: 'state',
      type: 'select',
      defaultValue: 'submitted',
      index: true,
      enumName: 'enum_review_requests_state',
      label: { id: 'Keputusan', en: 'Decision' },
      options: REVIEW_REQUEST_STATES.map((state) => ({ value: state, label: REVIEW_REQUEST_STATE_LABELS[state] })),
      access: { create: () => false, update: staffField },
      admin: {
        position: 'sidebar',
        description: {
          id: 'Pilih "Disetujui" untuk menerbitkan, atau "Perlu perbaikan" dengan komentar, lalu simpan.',
          en: 'Choose "Approved" to publish, or "Changes requested" with a comment, then save.',
        },
      },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      label: { id: 'Komentar sekretariat untuk mitra', en: 'Secretariat’s comment to the partner' },
      access: { create: () => false, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      index: true,
      label: { id: 'Organisasi', en: 'Organization' },
      access: setBySystem,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: COLLECTION.users,
      label: { id: 'Diajukan oleh', en: 'Submitted by' },
      access: setBySystem,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      index: true,
      label: { id: 'Diajukan pada', en: 'Submitted at' },
      access: setBySystem,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'documentRevision',
      type: 'text',
      label: { id: 'Revisi yang diajukan', en: 'Submitted revision' },
      access: setBySystem,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { id: 'Waktu simpan versi yang diajukan.', en: 'When the submitted version was saved.' },
      },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: COLLECTION.users,
      label: { id: 'Ditinjau oleh', en: 'Reviewed by' },
      access: setBySystem,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reviewedAt',
      type: 'date',
      label: { id: 'Ditinjau pada', en: 'Reviewed at' },
      access: setBySystem,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
