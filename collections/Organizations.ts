import type { CollectionConfig } from 'payload'

import { refreshMediaAfterDelete, refreshShownMedia, rememberShownMedia } from '../src/hooks/keepMediaVisibilityInStep'
import { adminOrStaffTrash } from '../src/access/adminOrStaffTrash'
import { isStaff } from '../src/access/isStaff'
import { untrashedOrStaff } from '../src/access/untrashedOrStaff'
import { COLLECTION, ORGANIZATION_KINDS } from '../src/constants'
import { slugField } from '../src/fields/slug'

const KIND_LABELS: Record<(typeof ORGANIZATION_KINDS)[number], { id: string; en: string }> = {
  ministry: { id: 'Kementerian', en: 'Ministry' },
  agency: { id: 'Lembaga', en: 'Agency' },
  'regional-government': { id: 'Pemerintah daerah', en: 'Regional government' },
  'international-organization': { id: 'Organisasi internasional', en: 'International organization' },
  ngo: { id: 'LSM / organisasi masyarakat sipil', en: 'NGO / civil society' },
  industry: { id: 'Industri / platform', en: 'Industry / platform' },
  academia: { id: 'Akademisi', en: 'Academia' },
  other: { id: 'Lainnya', en: 'Other' },
}

export const Organizations: CollectionConfig = {
  slug: COLLECTION.organizations,
  labels: {
    singular: { id: 'Organisasi', en: 'Organization' },
    plural: { id: 'Organisasi', en: 'Organizations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'kind'],
    group: { id: 'Mitra', en: 'Partners' },
  },
  trash: true,
  access: {
    read: untrashedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: adminOrStaffTrash,
  },
  hooks: {
    beforeChange: [rememberShownMedia],
    afterChange: [refreshShownMedia],
    afterDelete: [refreshMediaAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { id: 'Nama', en: 'Name' } },
    { name: 'acronym', type: 'text', label: { id: 'Singkatan', en: 'Acronym' } },
    slugField({ from: ['acronym', 'name'] }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'other',
      label: { id: 'Jenis', en: 'Kind' },
      options: ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
    },
    {
      name: 'website',
      type: 'text',
      label: { id: 'Situs web', en: 'Website' },
      validate: (value: unknown) => {
        if (value === null || value === undefined || value === '') return true
        try {
          const url = new URL(String(value))
          if (url.protocol === 'https:' || url.protocol === 'http:') return true
        } catch {
          // fall through to the message
        }
        return 'Situs web harus berupa alamat http(s) lengkap, mis. https://www.kemenpppa.go.id (a full http(s) URL).'
      },
    },
    { name: 'logo', type: 'upload', relationTo: COLLECTION.media, label: { id: 'Logo', en: 'Logo' } },
    { name: 'description', type: 'richText', localized: true, label: { id: 'Deskripsi', en: 'Description' } },
  ],
}
