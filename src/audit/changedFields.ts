import type { FlattenedField } from 'payload'

type Doc = Record<string, unknown>

/** One changed field: its path, its config and the object it sits in after the change. */
export type ChangedField = { path: string; field: FlattenedField; siblingDoc: Doc }

/** Kept by Payload on every write; a change to them says nothing about what a person did. */
const BOOKKEEPING_FIELDS = new Set(['id', 'createdAt', 'updatedAt'])

const isPlainObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const asDoc = (value: unknown): Doc => (isPlainObject(value) ? value : {})

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isPlainObject(value) && Object.keys(value).length === 0)

/** A relationship or upload value as ids only, whether Payload populated it or not. */
const relationIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(relationIds)
  if (!isPlainObject(value)) return value
  if ('relationTo' in value && 'value' in value) return { relationTo: value.relationTo, value: relationIds(value.value) }
  return 'id' in value ? value.id : value
}

const normalize = (field: FlattenedField, value: unknown): unknown => {
  if (field.type === 'relationship' || field.type === 'upload') return relationIds(value)
  if (value instanceof Date) return value.toISOString()
  return value
}

const isDeepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (isEmpty(a) && isEmpty(b)) return true
  if (a instanceof Date || b instanceof Date) {
    const time = (value: unknown) => (value instanceof Date ? value.toISOString() : value)
    return time(a) === time(b)
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isDeepEqual(item, b[index]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) => isDeepEqual(a[key], b[key]))
  }
  return false
}

const isAuditable = (field: FlattenedField): field is FlattenedField & { name: string } =>
  'name' in field &&
  typeof field.name === 'string' &&
  field.type !== 'join' &&
  !('hidden' in field && field.hidden === true) &&
  !('virtual' in field && field.virtual)

const hasKey = (doc: Doc, key: string) => Object.prototype.hasOwnProperty.call(doc, key)

const walk = ({
  fields,
  previous,
  current,
  submitted,
  prefix,
  isCreate,
  paths,
}: {
  fields: FlattenedField[]
  previous: Doc
  current: Doc
  submitted: Doc
  prefix: string
  isCreate: boolean
  paths: ChangedField[]
}) => {
  for (const field of fields) {
    if (!isAuditable(field)) continue
    const { name } = field
    if (prefix === '' && BOOKKEEPING_FIELDS.has(name)) continue
    const path = prefix === '' ? name : `${prefix}.${name}`
    // The returned document may lack a field (field read access, `select`); then what was
    // submitted stands in for it, so a change can never hide by not being read back.
    const source = hasKey(current, name) ? current : hasKey(submitted, name) ? submitted : null
    if (source === null) continue
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
      walk({
        fields: field.flattenedFields,
        previous: asDoc(previous[name]),
        current: asDoc(current[name]),
        submitted: asDoc(submitted[name]),
        prefix: path,
        isCreate,
        paths,
      })
      continue
    }
    const value = normalize(field, source[name])
    const isChanged = isCreate ? !isEmpty(value) : !isDeepEqual(normalize(field, previous[name]), value)
    if (isChanged) paths.push({ path, field, siblingDoc: source })
  }
}

/**
 * The fields (`title`, `indicator.target`) whose values differ between the document before
 * and after a change; for a create, the fields that were set. The audit log keeps only their
 * paths: it says *what* changed, the version history holds the values.
 */
export const findChangedFields = ({
  fields,
  previousDoc,
  doc,
  data,
  isCreate,
}: {
  fields: FlattenedField[]
  previousDoc: unknown
  doc: unknown
  data?: unknown
  isCreate: boolean
}): ChangedField[] => {
  const paths: ChangedField[] = []
  walk({
    fields,
    previous: asDoc(previousDoc),
    current: asDoc(doc),
    submitted: asDoc(data),
    prefix: '',
    isCreate,
    paths,
  })
  return paths
}
