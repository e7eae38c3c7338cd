import type { CollectionConfig } from 'payload'

import { adminOrStaffTrash } from '../src/access/adminOrStaffTrash'
import { isStaff } from '../src/access/isStaff'
import { publishedOrStaff } from '../src/access/publishedOrStaff'
import { publishedVersionsOrStaff } from '../src/access/publishedVersionsOrStaff'
import { COLLECTION, ROADMAP_STATUSES } from '../src/constants'
import { computedProgressField } from '../src/fields/computedProgress'
import { slugField } from '../src/fields/slug'
import { validateYear, yearField } from '../src/fields/yearField'

const STATUS_LABELS: Record<(typeof ROADMAP_STATUSES)[number], { id: string; en: string }> = {
  draft: { id: 'Rancangan', en: 'Draft' },
  consultation: { id: 'Konsultasi publik', en: 'Public consultation' },
  adopted: { id: 'Ditetapkan', en: 'Adopted' },
  superseded: { id: 'Digantikan', en: 'Superseded' },
}

const PERIOD_END_LABEL = { id: 'Tahun selesai', en: 'End year' }

export const Roadmaps: CollectionConfig = {
  slug: COLLECTION.roadmaps,
  labels: {
    singular: { id: 'Peta Jalan', en: 'Roadmap' },
    plural: { id: 'Peta Jalan', en: 'Roadmaps' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'legalBasis', 'status', 'progress'],
    group: { id: 'Peta Jalan', en: 'Roadmap' },
  },
  versions: { drafts: { autosave: true }, maxPerDoc: 0 },
  trash: true,
  access: {
    read: publishedOrStaff,
    readVersions: publishedVersionsOrStaff,
    create: isStaff,
    update: isStaff,
    delete: adminOrStaffTrash,
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { id: 'Judul', en: 'Title' } },
    slugField({ from: ['title'] }),
    {
      type: 'row',
      fields: [
        yearField({ name: 'periodStart', label: { id: 'Tahun mulai', en: 'Start year' }, required: true }),
        {
          ...yearField({ name: 'periodEnd', label: PERIOD_END_LABEL, required: true }),
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const yearCheck = validateYear({ value, label: PERIOD_END_LABEL, required: true })
            if (yearCheck !== true) return yearCheck
            const start = siblingData?.periodStart
            if (typeof start === 'number' && typeof value === 'number' && value < start) {
              return `Tahun selesai (${value}) tidak boleh sebelum tahun mulai (${start}) (the period must not end before it starts).`
            }
            return true
          },
        },
      ],
    },
    {
      name: 'legalBasis',
      type: 'text',
      label: { id: 'Dasar hukum', en: 'Legal basis' },
      admin: { placeholder: 'Perpres No. 87 Tahun 2025' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      enumName: 'enum_roadmaps_roadmap_status',
      label: { id: 'Status peta jalan', en: 'Roadmap status' },
      options: ROADMAP_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'richText', localized: true, label: { id: 'Ringkasan', en: 'Summary' } },
    computedProgressField(),
  ],
}
