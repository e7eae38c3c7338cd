import type { CollectionConfig } from 'payload'

import { adminOrStaffTrash } from '../src/access/adminOrStaffTrash'
import { isStaff } from '../src/access/isStaff'
import { untrashedOrStaff } from '../src/access/untrashedOrStaff'
import { COLLECTION, INDICATOR_DIRECTIONS } from '../src/constants'
import { yearField } from '../src/fields/yearField'

const DIRECTION_LABELS: Record<(typeof INDICATOR_DIRECTIONS)[number], { id: string; en: string }> = {
  'higher-is-better': { id: 'Makin tinggi makin baik', en: 'Higher is better' },
  'lower-is-better': { id: 'Makin rendah makin baik', en: 'Lower is better' },
}

const yearAndValue = (name: string, label: { id: string; en: string }) => ({
  name,
  type: 'group' as const,
  label,
  fields: [
    {
      type: 'row' as const,
      fields: [
        yearField({ name: 'year', label: { id: 'Tahun', en: 'Year' } }),
        { name: 'value', type: 'number' as const, label: { id: 'Nilai', en: 'Value' } },
      ],
    },
  ],
})

export const Indicators: CollectionConfig = {
  slug: COLLECTION.indicators,
  labels: {
    singular: { id: 'Indikator', en: 'Indicator' },
    plural: { id: 'Indikator', en: 'Indicators' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'unit', 'direction'],
    group: { id: 'Peta Jalan', en: 'Roadmap' },
  },
  defaultSort: 'code',
  trash: true,
  access: {
    read: untrashedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: adminOrStaffTrash,
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { id: 'Kode', en: 'Code' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z0-9][A-Z0-9.-]*$/.test(value)
          ? true
          : 'Kode indikator hanya huruf besar, angka, titik dan tanda hubung, mis. IWF-PORTAL-REPORTS (use capitals, digits, dots and hyphens).',
    },
    { name: 'name', type: 'text', required: true, localized: true, label: { id: 'Nama', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'unit', type: 'text', required: true, label: { id: 'Satuan', en: 'Unit' } },
        {
          name: 'direction',
          type: 'select',
          required: true,
          defaultValue: 'higher-is-better',
          label: { id: 'Arah', en: 'Direction' },
          options: INDICATOR_DIRECTIONS.map((direction) => ({ value: direction, label: DIRECTION_LABELS[direction] })),
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { id: 'Deskripsi', en: 'Description' } },
    {
      name: 'source',
      type: 'group',
      label: { id: 'Sumber', en: 'Source' },
      fields: [
        { name: 'name', type: 'text', label: { id: 'Nama sumber', en: 'Source name' } },
        { name: 'url', type: 'text', label: { id: 'Tautan sumber', en: 'Source URL' } },
      ],
    },
    yearAndValue('baseline', { id: 'Nilai dasar', en: 'Baseline' }),
    yearAndValue('target', { id: 'Target', en: 'Target' }),
    {
      name: 'values',
      type: 'array',
      label: { id: 'Nilai yang dipublikasikan', en: 'Published values' },
      labels: { singular: { id: 'Nilai', en: 'Value' }, plural: { id: 'Nilai', en: 'Values' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'periodLabel', type: 'text', required: true, label: { id: 'Periode', en: 'Period' } },
            yearField({ name: 'year', label: { id: 'Tahun', en: 'Year' } }),
            { name: 'value', type: 'number', required: true, label: { id: 'Nilai', en: 'Value' } },
          ],
        },
        { name: 'source', type: 'text', required: true, label: { id: 'Sumber', en: 'Source' } },
        { name: 'note', type: 'text', localized: true, label: { id: 'Catatan', en: 'Note' } },
      ],
    },
  ],
}
