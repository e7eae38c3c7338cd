import type { Field } from 'payload'

import { LOCALES } from '../constants'

/**
 * What a submission changes: the submitted draft against the last published version, field by
 * field, as text a reviewer can read. Pure: the versions are read elsewhere
 * (src/review/submissionChanges.ts).
 */

export type Label = { id: string; en: string }
export type FieldChange = { path: string; label: Label; before: string; after: string }

/** Bookkeeping that changes on every save or is computed: never a reviewer's concern. */
const IGNORED_KEYS = new Set(['id', 'createdAt', 'updatedAt', '_status', 'progress', 'deletedAt', 'breadcrumbs', 'basedOnUpdatedAt'])

const isLocale = (segment: string) => (LOCALES as readonly string[]).includes(segment)

const LOCALE_LABEL: Record<string, string> = { id: 'ID', en: 'EN' }

const labelOf = (label: unknown, fallback: string): Label => {
  if (typeof label === 'string') return { id: label, en: label }
  if (label && typeof label === 'object') {
    const record = label as Record<string, string>
    return { id: record.id ?? record.en ?? fallback, en: record.en ?? record.id ?? fallback }
  }
  return { id: fallback, en: fallback }
}

/**
 * Every data field's label by its dotted path (array rows and locales left out), descending into
 * rows, collapsibles, tabs, groups and arrays. A group's label prefixes its fields' labels.
 */
export const fieldLabels = (fields: Field[], prefix = '', parentLabel?: Label): Record<string, Label> => {
  const labels: Record<string, Label> = {}
  const join = (label: Label): Label =>
    parentLabel ? { id: `${parentLabel.id} › ${label.id}`, en: `${parentLabel.en} › ${label.en}` } : label
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        if (named) {
          const label = join(labelOf(tab.label, tab.name))
          labels[`${prefix}${tab.name}`] = label
          Object.assign(labels, fieldLabels(tab.fields, `${prefix}${tab.name}.`, label))
        } else Object.assign(labels, fieldLabels(tab.fields, prefix, parentLabel))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) Object.assign(labels, fieldLabels(field.fields, prefix, parentLabel))
      continue
    }
    if (field.type === 'ui') continue
    const label = join(labelOf('label' in field ? field.label : undefined, field.name))
    labels[`${prefix}${field.name}`] = label
    if ((field.type === 'group' || field.type === 'array') && 'fields' in field) {
      Object.assign(labels, fieldLabels(field.fields, `${prefix}${field.name}.`, label))
    }
  }
  return labels
}

const isRichText = (value: unknown): value is { root: unknown } =>
  value !== null && typeof value === 'object' && 'root' in (value as object)

/** Lexical's JSON as the text a reader sees, one paragraph per line. */
export const richTextToPlain = (node: unknown): string => {
  if (node === null || typeof node !== 'object') return ''
  const record = node as { text?: unknown; children?: unknown[]; root?: unknown; type?: string }
  if (record.root) return richTextToPlain(record.root)
  if (typeof record.text === 'string') return record.text
  if (!Array.isArray(record.children)) return record.type === 'linebreak' ? '\n' : ''
  const isBlock = record.type === 'root'
  return record.children.map(richTextToPlain).join(isBlock ? '\n' : '')
}

/** Flattens a document into `path → text`, e.g. `title.en`, `indicator.target`, `evidence.1.url`. */
export const flattenForComparison = (value: unknown, path = '', into: Map<string, string> = new Map()): Map<string, string> => {
  if (value === null || value === undefined || value === '') return into
  if (isRichText(value)) {
    const text = richTextToPlain(value).trim()
    if (text) into.set(path, text)
    return into
  }
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      if (value.length > 0) into.set(path, value.map(String).join(', '))
      return into
    }
    value.forEach((item, index) => flattenForComparison(item, `${path}.${index + 1}`, into))
    return into
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship counts as its id.
    if (path && 'id' in record && ('createdAt' in record || 'updatedAt' in record)) {
      into.set(path, String(record.id))
      return into
    }
    // `id` is also the Indonesian locale: a localized value's `id` is content, not an identifier.
    const isLocalizedValue = Object.keys(record).every(isLocale)
    for (const [key, child] of Object.entries(record)) {
      if (IGNORED_KEYS.has(key) && !isLocalizedValue) continue
      flattenForComparison(child, path ? `${path}.${key}` : key, into)
    }
    return into
  }
  into.set(path, value instanceof Date ? value.toISOString() : String(value))
  return into
}

const isIndex = (segment: string) => /^\d+$/.test(segment)

/** "Judul (EN)", "Bukti 2 › Tautan": the label of a flattened path, from the field labels. */
export const labelForPath = (path: string, labels: Record<string, Label>): Label => {
  const segments = path.split('.')
  const fieldPath = segments.filter((segment) => !isIndex(segment) && !isLocale(segment)).join('.')
  const base = labels[fieldPath] ?? { id: fieldPath, en: fieldPath }
  const index = segments.find(isIndex)
  const locale = segments.findLast(isLocale)
  const withIndex = (text: string) => (index ? `${text} [${index}]` : text)
  const withLocale = (text: string) => (locale ? `${text} (${LOCALE_LABEL[locale]})` : text)
  return { id: withLocale(withIndex(base.id)), en: withLocale(withIndex(base.en)) }
}

/** The fields whose text differs, in the order of the document after the change (removals last). */
export const documentChanges = ({
  before,
  after,
  labels,
}: {
  before: Record<string, unknown> | null | undefined
  after: Record<string, unknown> | null | undefined
  labels: Record<string, Label>
}): FieldChange[] => {
  const beforeValues = flattenForComparison(before ?? {})
  const afterValues = flattenForComparison(after ?? {})
  const paths = [...afterValues.keys(), ...[...beforeValues.keys()].filter((path) => !afterValues.has(path))]
  return paths
    .filter((path) => (beforeValues.get(path) ?? '') !== (afterValues.get(path) ?? ''))
    .map((path) => ({
      path,
      label: labelForPath(path, labels),
      before: beforeValues.get(path) ?? '',
      after: afterValues.get(path) ?? '',
    }))
}
