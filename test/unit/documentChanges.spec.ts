import type { Field } from 'payload'

import { documentChanges, fieldLabels, flattenForComparison, labelForPath, richTextToPlain } from '../../src/review/documentChanges'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const richText = (...paragraphs: string[]) => ({ root: { type: 'root', children: paragraphs.map(paragraph) } })

const FIELDS: Field[] = [
  { name: 'title', type: 'text', localized: true, label: { id: 'Judul', en: 'Title' } },
  {
    name: 'indicator',
    type: 'group',
    label: { id: 'Indikator', en: 'Indicator' },
    fields: [{ type: 'row', fields: [{ name: 'target', type: 'number', label: { id: 'Target', en: 'Target' } }] }],
  },
  {
    name: 'evidence',
    type: 'array',
    label: { id: 'Bukti', en: 'Evidence' },
    fields: [{ name: 'url', type: 'text', label: { id: 'Tautan', en: 'Link' } }],
  },
  { name: 'description', type: 'richText', label: 'Deskripsi' },
  { name: 'note', type: 'ui', admin: { components: { Field: '/x#X' } } },
]

describe('fieldLabels', () => {
  it('should label nested fields through rows, groups and arrays, in both languages', () => {
    const labels = fieldLabels(FIELDS)
    expect(labels['indicator.target']).toEqual({ id: 'Indikator › Target', en: 'Indicator › Target' })
    expect(labels['evidence.url']).toEqual({ id: 'Bukti › Tautan', en: 'Evidence › Link' })
    expect(labels.description).toEqual({ id: 'Deskripsi', en: 'Deskripsi' })
    expect(labels.note).toBeUndefined()
  })
})

describe('flattenForComparison', () => {
  it('should keep the Indonesian locale of a localized value while dropping bookkeeping ids', () => {
    const flat = flattenForComparison({
      id: 7,
      updatedAt: '2026-01-01T00:00:00.000Z',
      _status: 'draft',
      title: { id: 'Judul', en: 'Title' },
      evidence: [{ id: 'row-1', url: 'https://a.example' }],
    })
    expect(Object.fromEntries(flat)).toEqual({ 'title.id': 'Judul', 'title.en': 'Title', 'evidence.1.url': 'https://a.example' })
  })

  it('should read rich text as its text and a populated relationship as its id', () => {
    const flat = flattenForComparison({ description: richText('Satu', 'Dua'), organization: { id: 3, createdAt: 'x', name: 'KemenPPPA' } })
    expect(flat.get('description')).toBe('Satu\nDua')
    expect(flat.get('organization')).toBe('3')
  })
})

describe('documentChanges', () => {
  const labels = fieldLabels(FIELDS)

  it('should list only the fields whose text differs, with before and after', () => {
    const changes = documentChanges({
      before: { title: { id: 'Lama', en: 'Old' }, indicator: { target: 50 }, description: richText('Sama') },
      after: { title: { id: 'Baru', en: 'Old' }, indicator: { target: 75 }, description: richText('Sama') },
      labels,
    })
    expect(changes).toEqual([
      { path: 'title.id', label: { id: 'Judul (ID)', en: 'Title (ID)' }, before: 'Lama', after: 'Baru' },
      { path: 'indicator.target', label: { id: 'Indikator › Target', en: 'Indicator › Target' }, before: '50', after: '75' },
    ])
  })

  it('should show everything as new when nothing was published, and removed values last', () => {
    expect(documentChanges({ before: null, after: { title: { id: 'Baru' } }, labels })).toEqual([
      { path: 'title.id', label: { id: 'Judul (ID)', en: 'Title (ID)' }, before: '', after: 'Baru' },
    ])
    const removed = documentChanges({
      before: { evidence: [{ url: 'https://a.example' }, { url: 'https://b.example' }] },
      after: { evidence: [{ url: 'https://a.example' }] },
      labels,
    })
    expect(removed).toEqual([{ path: 'evidence.2.url', label: { id: 'Bukti › Tautan [2]', en: 'Evidence › Link [2]' }, before: 'https://b.example', after: '' }])
  })

  it('should treat an empty string and a missing value as the same', () => {
    expect(documentChanges({ before: { title: { id: '' } }, after: {}, labels })).toEqual([])
  })
})

describe('labelForPath / richTextToPlain', () => {
  it('should fall back to the path for a field it has no label for', () => {
    expect(labelForPath('mystery.en', {})).toEqual({ id: 'mystery (EN)', en: 'mystery (EN)' })
  })
  it('should return an empty string for anything that is not rich text', () => {
    expect(richTextToPlain(null)).toBe('')
    expect(richTextToPlain(42)).toBe('')
  })
})
