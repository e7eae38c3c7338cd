export type DocumentId = number | string

/** The id of a relationship value, whether Payload returned it populated or as a bare id. */
export const idOf = (value: unknown): DocumentId | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: DocumentId }).id ?? null
  return value as DocumentId
}
