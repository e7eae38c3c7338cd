import { combineQueries, executeAccess, getLatestCollectionVersion } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig, TypeWithID, Where } from 'payload'

import type { DocumentId } from '../../utilities/idOf'
import { idOf } from '../../utilities/idOf'
import { BASED_ON_UPDATED_AT } from '../basedOnUpdatedAtField'
import { assertNotLockedByOthers } from '../documentLocks'
import { DocumentChangedError, InvalidPreconditionError } from '../errors'
import { bulkPreconditionMessage } from '../messages'
import { editedByOthersSince } from '../editedByOthersSince'
import { combinePreconditions, parseBasedOnUpdatedAt, parseIfMatch, parseTimestamp } from '../preconditions'
import { serializeWrites } from '../serializeWrites'

/** The arguments of update, updateByID, delete, deleteByID and restoreVersion that this hook reads. */
type WriteArgs = {
  id?: DocumentId
  data?: Record<string, unknown>
  overrideLock?: boolean
  trash?: boolean
  req: PayloadRequest
}

type VersionRow = { parent?: unknown; createdAt?: string; updatedAt?: string }

type LatestState = TypeWithID & { createdAt?: string; updatedAt?: string; _status?: string }

/** A REST request's If-Match belongs to the document in its URL, and is read once: never by nested writes. */
const requestsWithIfMatchRead = new WeakSet<PayloadRequest>()

/**
 * The admin panel saves through REST with the whole form as multipart `_payload`, carrying the
 * hidden `updatedAt` of the state the form was loaded or last saved with, and authenticates
 * with its session cookie. That `updatedAt` is the admin's precondition: a stale form (the
 * editor's lock lapsed while someone else saved) is refused instead of overwriting. Clients
 * that authenticate with a header are never read this way; they send If-Match or
 * basedOnUpdatedAt when they want a check.
 */
const adminFormBasedOn = (req: PayloadRequest, data: Record<string, unknown> | undefined): number | null => {
  const contentType = req.headers?.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data') || req.headers?.get('authorization')) return null
  const updatedAt = data?.updatedAt
  return typeof updatedAt === 'string' ? parseTimestamp(updatedAt) : null
}

/** The precondition a REST request states for the document in its URL: If-Match, or the admin form's `updatedAt`. */
const requestPreconditionOf = ({
  collection,
  id,
  data,
  req,
}: {
  collection: SanitizedCollectionConfig
  id?: DocumentId
  data?: Record<string, unknown>
  req: PayloadRequest
}) => {
  if (req.payloadAPI !== 'REST' || requestsWithIfMatchRead.has(req)) return null
  const route = req.routeParams ?? {}
  if (route.collection !== collection.slug) return null
  const routeId = route.id === undefined || route.id === null ? undefined : String(route.id)
  if ((id === undefined ? undefined : String(id)) !== routeId) return null
  requestsWithIfMatchRead.add(req)
  return parseIfMatch(req.headers?.get('if-match')) ?? (id === undefined ? null : adminFormBasedOn(req, data))
}

/**
 * The document state a write will be applied to, read as the operation itself will read it
 * (the latest version where the collection has drafts), with the requester's access applied.
 */
const findLatestState = async ({
  accessResult,
  collection,
  id,
  isTrashIncluded,
  req,
}: {
  accessResult: boolean | Where
  collection: SanitizedCollectionConfig
  id: DocumentId
  isTrashIncluded: boolean
  req: PayloadRequest
}): Promise<LatestState | undefined> => {
  let where = combineQueries({ id: { equals: id } }, accessResult)
  if (collection.trash && !isTrashIncluded) where = combineQueries(where, { deletedAt: { exists: false } })
  return getLatestCollectionVersion<LatestState>({
    id,
    config: collection,
    payload: req.payload,
    query: { collection: collection.slug, locale: req.locale ?? undefined, req, where },
    req,
  })
}

/**
 * When the edit was made. Normally the updatedAt of the state the write applies to; but a
 * document created as a draft keeps its creation content in two places stamped a few
 * milliseconds apart (the document at its insert, its first version just after), so while
 * that first version is untouched, anything read since creation counts as current.
 */
const lastEditedAt = async ({
  collection,
  id,
  latest,
  req,
}: {
  collection: SanitizedCollectionConfig
  id: DocumentId
  latest: LatestState
  req: PayloadRequest
}): Promise<number> => {
  const updatedAt = Date.parse(latest.updatedAt ?? '')
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts || latest._status !== 'draft') {
    return updatedAt
  }
  const { docs } = await req.payload.db.findVersions<VersionRow>({
    collection: collection.slug,
    where: { parent: { equals: id } },
    limit: 2,
    pagination: false,
    sort: 'createdAt',
    req,
  })
  const [only] = docs
  const isUntouchedDraftCreation =
    docs.length === 1 && only?.createdAt !== undefined && Date.parse(only.createdAt) === Date.parse(only.updatedAt ?? '')
  const createdAt = Date.parse(latest.createdAt ?? '')
  return isUntouchedDraftCreation && !Number.isNaN(createdAt) ? createdAt : updatedAt
}

/**
 * Guards every write made for someone against overwriting work they have not seen.
 *
 * - Locks: Payload checks the admin's edit locks only when `overrideLock` is false — REST's
 *   default, but not GraphQL's (it passes nothing, and Payload then skips the check) nor the
 *   Local API's. Every write made for a person (REST, GraphQL, or the Local API with a `user`
 *   and `overrideAccess: false`) now respects locks; only server code calling the Local API
 *   with an explicit `overrideLock: true` may still override one, never a request.
 * - Preconditions: `If-Match` (REST) or `basedOnUpdatedAt` (any API) names the updatedAt the
 *   edit is based on; a document edited after that refuses the write with 409.
 * - Serialization: writes made for people, and any write with a precondition, take a lock on
 *   the document for the rest of their transaction, so that two of them cannot both pass
 *   their checks and then overwrite each other.
 *
 * Server code without a person and without a precondition (seeding, scripts) passes
 * untouched; progress roll-ups write through the database adapter and never come here.
 */
export const guardConcurrentWrites: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  const name = operation as string
  if (name !== 'update' && name !== 'delete' && name !== 'restoreVersion') return args
  const writeArgs = args as WriteArgs
  const isForSomeone = overrideAccess !== true && (Boolean(req.user) || req.payloadAPI !== 'local')
  const mayOverrideLock = req.payloadAPI === 'local' && writeArgs.overrideLock === true
  const isLockEnforced = isForSomeone && !mayOverrideLock

  if (name === 'restoreVersion') {
    if (isLockEnforced && writeArgs.id !== undefined) await guardRestore({ collection, versionId: writeArgs.id, req })
    return args
  }

  const hasBasedOnField = writeArgs.data !== undefined && writeArgs.data !== null && BASED_ON_UPDATED_AT in writeArgs.data
  const { [BASED_ON_UPDATED_AT]: basedOnValue, ...dataWithoutPrecondition } = writeArgs.data ?? {}
  const basedOn = combinePreconditions(
    requestPreconditionOf({ collection, id: writeArgs.id, data: name === 'update' ? writeArgs.data : undefined, req }),
    name === 'update' ? parseBasedOnUpdatedAt(basedOnValue) : null,
  )
  const nextArgs: WriteArgs = {
    ...writeArgs,
    ...(hasBasedOnField ? { data: dataWithoutPrecondition } : {}),
    ...(isLockEnforced ? { overrideLock: false } : {}),
  }
  const result = nextArgs as unknown as typeof args

  const id = writeArgs.id
  if (id === undefined || id === null) {
    if (basedOn !== null) throw new InvalidPreconditionError(bulkPreconditionMessage(BASED_ON_UPDATED_AT))
    return result
  }
  if (!isForSomeone && basedOn === null) return result

  const accessResult =
    overrideAccess === true
      ? true
      : await executeAccess({ id, data: nextArgs.data, req }, name === 'delete' ? collection.access.delete : collection.access.update)
  await serializeWrites({ collectionSlug: collection.slug, id, req })
  const latest = await findLatestState({ accessResult, collection, id, isTrashIncluded: Boolean(writeArgs.trash), req })
  // Not found, or not the requester's to change: the operation itself answers 404 or 403.
  if (!latest) return result

  if (isLockEnforced) await assertNotLockedByOthers({ collection, id, req })
  if (basedOn !== null) {
    const editedAt = await lastEditedAt({ collection, id, latest, req })
    if (!Number.isNaN(editedAt) && basedOn < editedAt && (await editedByOthersSince({ collectionSlug: collection.slug, id, since: basedOn, req }))) {
      throw new DocumentChangedError({ updatedAt: latest.updatedAt })
    }
  }
  return result
}

/** Restoring a version rewrites the document: the same lock rule applies to its parent. */
const guardRestore = async ({ collection, versionId, req }: { collection: SanitizedCollectionConfig; versionId: DocumentId; req: PayloadRequest }) => {
  const { docs } = await req.payload.db.findVersions<VersionRow>({
    collection: collection.slug,
    where: { id: { equals: versionId } },
    limit: 1,
    pagination: false,
    req,
  })
  const parentId = idOf(docs[0]?.parent)
  // An unknown version: the operation answers 404 itself.
  if (parentId === null) return
  const accessResult = await executeAccess({ id: parentId, req }, collection.access.update)
  await serializeWrites({ collectionSlug: collection.slug, id: parentId, req })
  // Not the requester's to change: the operation answers 403 itself, without revealing the lock.
  if (!(await findLatestState({ accessResult, collection, id: parentId, isTrashIncluded: true, req }))) return
  await assertNotLockedByOthers({ collection, id: parentId, req })
}
