import type { CollectionAfterOperationHook } from 'payload'

/**
 * REST reads and updates of one document answer with `ETag: "<updatedAt>"`, the value to send
 * back as If-Match with the next update. Only for the document the URL names: reads that hooks
 * make along the way leave the header alone.
 */
export const exposeETag: CollectionAfterOperationHook = ({ collection, operation, req, result }) => {
  if (operation !== 'findByID' && operation !== 'updateByID') return result
  if (req.payloadAPI !== 'REST' || req.routeParams?.collection !== collection.slug) return result
  const doc = result as { id?: unknown; updatedAt?: unknown } | null
  if (!doc || typeof doc.updatedAt !== 'string' || String(req.routeParams?.id) !== String(doc.id)) return result
  const headers = req.responseHeaders ?? new Headers()
  headers.set('ETag', `"${doc.updatedAt}"`)
  req.responseHeaders = headers
  return result
}
