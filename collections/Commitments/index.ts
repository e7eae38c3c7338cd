import type { CollectionConfig } from 'payload'

import { adminOrTrashOwnNeverPublished } from '../../src/access/adminOrTrashOwnNeverPublished'
import { publishedOrOwnOrganization } from '../../src/access/publishedOrOwnOrganization'
import { staffField } from '../../src/access/staffField'
import { staffOrOwnDraft } from '../../src/access/staffOrOwnDraft'
import { staffOrOwnOrganizationVersions } from '../../src/access/staffOrOwnOrganizationVersions'
import { staffOrOwningOrganizationField } from '../../src/access/staffOrOwningOrganizationField'
import { staffOrPartnerDraft } from '../../src/access/staffOrPartnerDraft'
import { reviewPanelField } from '../../src/fields/reviewPanel'
import { COLLECTION, COMMITMENT_ROLES, COMMITMENT_STATUSES, COMPLETION_LEVELS } from '../../src/constants'
import { computedProgressField } from '../../src/fields/computedProgress'
import { notBefore } from '../../src/fields/dateRange'
import { mnrCapabilitiesField } from '../../src/fields/mnrCapabilities'
import { slugField } from '../../src/fields/slug'
import { refusePartnerPublishing } from '../../src/hooks/refusePartnerPublishing'
import { keepSubmissionsInStep } from '../../src/hooks/keepSubmissionsInStep'
import { setOrganizationFromUser } from '../../src/hooks/setOrganizationFromUser'
import { withholdUnreadableOnDuplicate } from '../../src/hooks/withholdUnreadableOnDuplicate'
import { rollUpAfterCommitmentDelete, rollUpCommitmentProgress } from './hooks/rollUpCommitmentProgress'
import { validateCommitmentSection } from './validation'

const ROLE_LABELS: Record<(typeof COMMITMENT_ROLES)[number], { id: string; en: string }> = {
  implementer: { id: 'Pelaksana (implementor)', en: 'Implementer' },
  catalyst: { id: 'Katalisator', en: 'Catalyst' },
  partner: { id: 'Mitra', en: 'Partner' },
}

export const COMMITMENT_STATUS_LABELS: Record<(typeof COMMITMENT_STATUSES)[number], { id: string; en: string }> = {
  'not-started': { id: 'Belum dimulai', en: 'Not started' },
  'on-track': { id: 'Sesuai jadwal', en: 'On track' },
  'at-risk': { id: 'Berisiko', en: 'At risk' },
  delayed: { id: 'Terlambat', en: 'Delayed' },
  completed: { id: 'Selesai', en: 'Completed' },
  discontinued: { id: 'Dihentikan', en: 'Discontinued' },
}

const COMPLETION_LABELS: Record<(typeof COMPLETION_LEVELS)[number], { id: string; en: string }> = {
  'no-evidence': { id: 'Tidak ada bukti', en: 'No evidence available' },
  'not-started': { id: 'Belum dimulai', en: 'Not started' },
  limited: { id: 'Terbatas', en: 'Limited' },
  substantial: { id: 'Substansial', en: 'Substantial' },
  complete: { id: 'Tuntas', en: 'Complete' },
}

export const Commitments: CollectionConfig = {
  slug: COLLECTION.commitments,
  labels: {
    singular: { id: 'Komitmen', en: 'Commitment' },
    plural: { id: 'Komitmen', en: 'Commitments' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'status', 'progress', 'dueDate'],
    group: { id: 'Pelaksanaan', en: 'Implementation' },
    // Partners submit for review instead of publishing.
    components: { edit: { PublishButton: '/admin/review/SubmitForReview#SubmitForReview' } },
  },
  versions: { drafts: { autosave: true }, maxPerDoc: 0 },
  trash: true,
  access: {
    read: publishedOrOwnOrganization,
    readVersions: staffOrOwnOrganizationVersions,
    create: staffOrPartnerDraft,
    update: staffOrOwnDraft,
    delete: adminOrTrashOwnNeverPublished(COLLECTION.commitments),
  },
  hooks: {
    beforeOperation: [refusePartnerPublishing],
    beforeChange: [setOrganizationFromUser],
    afterChange: [rollUpCommitmentProgress, keepSubmissionsInStep],
    afterDelete: [rollUpAfterCommitmentDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { id: 'Judul', en: 'Title' } },
    slugField({ from: ['title'] }),
    {
      name: 'organization',
      type: 'relationship',
      relationTo: COLLECTION.organizations,
      required: true,
      index: true,
      label: { id: 'Organisasi', en: 'Organization' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: COLLECTION.roadmapSections,
      required: true,
      index: true,
      label: { id: 'Intervensi kunci', en: 'Key intervention' },
      filterOptions: { kind: { equals: 'intervention' } },
      validate: validateCommitmentSection,
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'implementer',
      label: { id: 'Peran organisasi', en: 'Organization’s role' },
      options: COMMITMENT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
    },
    { name: 'description', type: 'richText', localized: true, label: { id: 'Deskripsi', en: 'Description' } },
    {
      name: 'indicator',
      type: 'group',
      label: { id: 'Indikator', en: 'Indicator' },
      fields: [
        { name: 'name', type: 'text', localized: true, label: { id: 'Nama indikator', en: 'Indicator name' } },
        {
          type: 'row',
          fields: [
            { name: 'unit', type: 'text', label: { id: 'Satuan', en: 'Unit' } },
            { name: 'baseline', type: 'number', label: { id: 'Nilai awal', en: 'Baseline' } },
            { name: 'target', type: 'number', label: { id: 'Target', en: 'Target' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', label: { id: 'Tanggal mulai', en: 'Start date' } },
        {
          name: 'dueDate',
          type: 'date',
          index: true,
          label: { id: 'Tenggat', en: 'Due date' },
          validate: notBefore({
            siblingField: 'startDate',
            message: 'Tenggat tidak boleh sebelum tanggal mulai (the due date must not precede the start date).',
          }),
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'not-started',
      index: true,
      enumName: 'enum_commitments_commitment_status',
      label: { id: 'Status (laporan mandiri)', en: 'Status (self-reported)' },
      options: COMMITMENT_STATUSES.map((status) => ({ value: status, label: COMMITMENT_STATUS_LABELS[status] })),
      admin: { position: 'sidebar' },
    },
    computedProgressField(),
    {
      name: 'completion',
      type: 'select',
      label: { id: 'Penilaian sekretariat (skala OGP)', en: 'Secretariat’s assessment (OGP scale)' },
      options: COMPLETION_LEVELS.map((level) => ({ value: level, label: COMPLETION_LABELS[level] })),
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: { id: 'Catatan internal (tidak dipublikasikan)', en: 'Internal notes (never public)' },
      access: { read: staffOrOwningOrganizationField },
      hooks: { beforeDuplicate: [withholdUnreadableOnDuplicate] },
    },
    mnrCapabilitiesField({ enumName: 'enum_commitments_mnr' }),
    reviewPanelField(),
  ],
}
