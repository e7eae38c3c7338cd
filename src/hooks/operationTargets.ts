import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { DocumentId } from '../utilities/idOf'

/** The arguments of a write operation that beforeOperation hooks read. */
export type WriteArgs = {
  id?: DocumentId
  where?: Where
  data?: Record<string, unknown>
  draft?: boolean
  trash?: boolean
  duplicateFromID?: DocumentId
}

/**
 * The stored documents (main rows, trash included) a write is about to change: the one named by
 * id, or those its `where` matches within `scope`. Read before access runs, so refusals can
 * name the reason; access is still applied by the operation itself.
 */
export const operationTargets = async ({
  req,
  collection,
  args,
  scope,
  select,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  args: WriteArgs
  scope?: Where
  select: Record<string, true>
}): Promise<Record<string, unknown>[]> => {
  const selection = args.id !== undefined && args.id !== null ? { id: { equals: args.id } } : (args.where ?? {})
  const { docs } = await req.payload.find({
    collection,
    where: { and: [selection, ...(scope ? [scope] : [])] },
    depth: 0,
    pagination: false,
    trash: args.id !== undefined || Boolean(args.trash),
    select,
    req,
  })
  return docs as unknown as Record<string, unknown>[]
}
