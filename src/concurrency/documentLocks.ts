import { Locked } from 'payload'
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { DocumentId } from '../utilities/idOf'
import { lockedMessage } from './messages'

/** Payload's own collection of edit locks; the admin writes one while someone has a document open. */
export const LOCKED_DOCUMENTS = 'payload-locked-documents'

/** Payload's default: a lock lapses five minutes after its holder's last activity in the form. */
const DEFAULT_LOCK_SECONDS = 300

const lockSecondsOf = (collection: SanitizedCollectionConfig): number | null => {
  const setting = collection.lockDocuments
  if (setting === false) return null
  return typeof setting === 'object' && setting !== null ? setting.duration : DEFAULT_LOCK_SECONDS
}

type LockRow = { updatedAt?: string; user?: { relationTo?: string; value?: unknown } | null }

const idOfHolder = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return String((value as { id?: DocumentId }).id ?? '')
  return String(value)
}

/**
 * Refuses (423) when someone other than req.user holds a live edit lock on the document, with
 * the same rule Payload applies (checkDocumentLockStatus) but a message people can act on.
 */
export const assertNotLockedByOthers = async ({
  collection,
  id,
  req,
}: {
  collection: SanitizedCollectionConfig
  id: DocumentId
  req: PayloadRequest
}): Promise<void> => {
  const lockSeconds = lockSecondsOf(collection)
  if (lockSeconds === null || !req.payload.collections[LOCKED_DOCUMENTS]) return
  const { docs } = await req.payload.db.find<LockRow>({
    collection: LOCKED_DOCUMENTS,
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    where: {
      and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: id } }],
    },
    req,
  })
  const lock = docs[0]
  if (!lock?.updatedAt) return
  const isLive = Date.now() - new Date(lock.updatedAt).getTime() <= lockSeconds * 1000
  const isHeldByRequester =
    req.user !== null &&
    req.user !== undefined &&
    idOfHolder(lock.user?.value) === String(req.user.id) &&
    (lock.user?.relationTo === undefined || lock.user.relationTo === req.user.collection)
  if (isLive && !isHeldByRequester) {
    throw new Locked(lockedMessage({ lockMinutes: Math.max(1, Math.round(lockSeconds / 60)) }))
  }
}
