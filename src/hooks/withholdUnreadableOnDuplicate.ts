import type { FieldHook } from 'payload'

/**
 * Payload duplicates a document from its stored values, field read access ignored: a partner
 * copying another organization's published commitment would take its internal notes along.
 * A value the person duplicating may not read stays behind.
 */
export const withholdUnreadableOnDuplicate: FieldHook = async ({ field, req, data, siblingData, value }) => {
  const read = 'access' in field ? field.access?.read : undefined
  if (!read || !req.user) return value
  return (await read({ req, doc: data, data, siblingData })) ? value : null
}
