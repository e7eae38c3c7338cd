import type { CollectionConfig } from 'payload'

import { refreshMediaAfterDelete, refreshShownMedia, rememberShownMedia } from '../../src/hooks/keepMediaVisibilityInStep'
import { adminOrTrashOwnNeverPublished } from '../../src/access/adminOrTrashOwnNeverPublished'
import { publishedOrOwnOrganization } from '../../src/access/publishedOrOwnOrganization'
import { staffOrOwnDraft } from '../../src/access/staffOrOwnDraft'
import { staffOrOwnOrganizationVersions } from '../../src/access/staffOrOwnOrganizationVersions'
import { staffOrPartnerDraft } from '../../src/access/staffOrPartnerDraft'
import { reviewPanelField } from '../../src/fields/reviewPanel'
import { COLLECTION, MILESTONE_STATUSES } from '../../src/constants'
import { keepSubmissionsInStep } from '../../src/hooks/keepSubmissionsInStep'
import { refusePartnerPublishing } from '../../src/hooks/refusePartnerPublishing'
import { setOrganizationFromCommitment } from '../../src/hooks/setOrganizationFromCommitment'
import { rollUpAfterMilestoneDelete, rollUpMilestoneProgress } from './hooks/rollUpMilestoneProgress'

export const MILESTONE_STATUS_LABELS: Record<(typeof MILESTONE_STATUSES)[number], { id: string; en: string }> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  'in-progress': { id: 'Sedang berjalan', en: 'In progress' },
  done: { id: 'Tercapai', en: 'Done' },
  missed: { id: 'Terlewat', en: 'Missed' },
}

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export const Milestones: CollectionConfig = {
  slug: COLLECTION.milestones,
  labels: {
    singular: { id: 'Tonggak Capaian', en: 'Milestone' },
    plural: { id: 'Tonggak Capaian', en: 'Milestones' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'commitment', 'status', 'dueDate', 'weight'],
    group: { id: 'Pelaksanaan', en: 'Implementation' },
    // Partners submit for review instead of publishing.
    components: { edit: { PublishButton: '/admin/review/SubmitForReview#SubmitForReview' } },
  },
  defaultSort: 'dueDate',
  versions: { drafts: { autosave: true }, maxPerDoc: 0 },
  trash: true,
  access: {
    read: publishedOrOwnOrganization,
    readVersions: staffOrOwnOrganizationVersions,
    create: staffOrPartnerDraft,
    update: staffOrOwnDraft,
    delete: adminOrTrashOwnNeverPublished(COLLECTION.milestones),
  },
  hooks: {
    beforeOperation: [refusePartnerPublishing],
    beforeChange: [setOrganizationFromCommitment, rememberShownMedia],
    afterChange: [rollUpMilestoneProgress, keepSubmissionsInStep, refreshShownMedia],
    afterDelete: [rollUpAfterMilestoneDelete, refreshMediaAfterDelete],
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
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { id: 'Mengikuti organisasi komitmen.', en: 'Follows the commitment’s organization.' },
      },
    },
    { name: 'title', type: 'text', required: true, localized: true, label: { id: 'Judul', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'dueDate', type: 'date', index: true, label: { id: 'Tenggat', en: 'Due date' } },
        { name: 'completedDate', type: 'date', label: { id: 'Tanggal tercapai', en: 'Completed on' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      enumName: 'enum_milestones_milestone_status',
      label: { id: 'Status', en: 'Status' },
      options: MILESTONE_STATUSES.map((status) => ({ value: status, label: MILESTONE_STATUS_LABELS[status] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'weight',
      type: 'number',
      required: true,
      defaultValue: 1,
      label: { id: 'Bobot', en: 'Weight' },
      admin: {
        position: 'sidebar',
        description: {
          id: 'Seberapa besar tonggak ini menentukan kemajuan komitmen.',
          en: 'How much this milestone counts toward the commitment’s progress.',
        },
      },
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isFinite(value) && value > 0
          ? true
          : 'Bobot harus lebih besar dari 0 (weight must be greater than 0).',
    },
    {
      name: 'evidence',
      type: 'array',
      label: { id: 'Bukti', en: 'Evidence' },
      labels: { singular: { id: 'Bukti', en: 'Evidence item' }, plural: { id: 'Bukti', en: 'Evidence' } },
      fields: [
        { name: 'file', type: 'upload', relationTo: COLLECTION.media, label: { id: 'Berkas', en: 'File' } },
        {
          name: 'url',
          type: 'text',
          label: { id: 'Tautan', en: 'Link' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const hasFile = siblingData?.file !== null && siblingData?.file !== undefined && siblingData?.file !== ''
            if (value === null || value === undefined || value === '') {
              return hasFile ? true : 'Setiap bukti memerlukan berkas atau tautan (each evidence item needs a file or a link).'
            }
            return isHttpUrl(String(value))
              ? true
              : 'Tautan harus berupa alamat http(s) lengkap (the link must be a full http(s) URL).'
          },
        },
        { name: 'description', type: 'text', localized: true, label: { id: 'Keterangan', en: 'Description' } },
      ],
    },
    reviewPanelField(),
  ],
}

