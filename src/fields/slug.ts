import type { FieldHook, TextField } from 'payload'

export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Fills an empty slug from another field, in the default locale, so URLs stay stable across languages. */
const fillSlugFrom =
  (sourceFields: string[]): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    for (const sourceField of sourceFields) {
      const source = data?.[sourceField]
      const text = typeof source === 'string' ? source : typeof source === 'object' && source ? source.id : undefined
      if (typeof text === 'string' && slugify(text) !== '') return slugify(text)
    }
    return value
  }

/** `from`: the fields to build an empty slug from, first non-empty wins. */
export const slugField = ({ from }: { from: string[] }): TextField => ({
  name: 'slug',
  type: 'text',
  label: { id: 'Slug (alamat URL)', en: 'Slug (URL)' },
  unique: true,
  index: true,
  required: true,
  admin: {
    position: 'sidebar',
    description: { id: 'Dibuat dari judul bila dikosongkan.', en: 'Generated from the title when left empty.' },
  },
  hooks: { beforeValidate: [fillSlugFrom(from)] },
  validate: (value: unknown) => {
    if (typeof value !== 'string' || value === '') {
      return 'Slug wajib diisi (slug is required).'
    }
    return SLUG_PATTERN.test(value)
      ? true
      : `Slug "${value}" hanya boleh berisi huruf kecil, angka dan tanda hubung (use lowercase letters, digits and hyphens only).`
  },
})
