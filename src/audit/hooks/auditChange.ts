import type { CollectionAfterChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { AuditAction } from '../../constants'
import { findChangedFields } from '../changedFields'
import type { ChangedField } from '../changedFields'
import { isAutosave, mainStatusBefore } from '../context'
import { recordAuditEvent } from '../recordAuditEvent'

type Doc = Record<string, unknown>

const hasKey = (doc: Doc | undefined, key: string) => Boolean(doc) && Object.prototype.hasOwnProperty.call(doc, key)

/** A value after the change: from the returned document, else from what was submitted, else unchanged. */
const valueAfter = ({ doc, data, previousDoc, key }: { doc: Doc; data?: Doc; previousDoc?: Doc; key: string }) => {
  if (hasKey(doc, key)) return doc[key]
  if (hasKey(data, key)) return data?.[key]
  return previousDoc?.[key]
}

const storedStatus = async ({ req, collection, id }: { req: PayloadRequest; collection: SanitizedCollectionConfig; id: number | string }) => {
  const stored = await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: id } },
    select: { _status: true },
    req,
  })
  return stored?._status
}

/**
 * trash/restore from `deletedAt`; publish/unpublish from `_status`. A draft saved over a
 * published document leaves the published one live: that is an update, not an unpublish.
 */
const actionOf = async ({
  req,
  collection,
  doc,
  data,
  previousDoc,
}: {
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  doc: Doc
  data?: Doc
  previousDoc?: Doc
}): Promise<AuditAction> => {
  if (collection.trash) {
    const wasTrashed = Boolean(previousDoc?.deletedAt)
    const isTrashed = Boolean(valueAfter({ doc, data, previousDoc, key: 'deletedAt' }))
    if (!wasTrashed && isTrashed) return 'trash'
    if (wasTrashed && !isTrashed) return 'restore'
  }
  const hasDrafts = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  if (!hasDrafts) return 'update'
  const id = doc.id as number | string
  const statusBefore = previousDoc?._status
  const publicStatusBefore = mainStatusBefore(req.context, collection.slug, id) ?? statusBefore
  const statusAfter = valueAfter({ doc, data, previousDoc, key: '_status' })
  if (statusAfter === 'published' && (statusBefore !== 'published' || publicStatusBefore !== 'published')) return 'publish'
  if (statusAfter !== 'published' && publicStatusBefore === 'published') {
    return (await storedStatus({ req, collection, id })) === 'published' ? 'update' : 'unpublish'
  }
  return 'update'
}

/** Auth collections keep the password as hash and salt, hidden from hooks' documents: a new salt means a new password. */
const hasPasswordChanged = async ({ req, collection, doc, previousDoc }: {
  req: PayloadRequest
  collection: SanitizedCollectionConfig
  doc: Doc
  previousDoc?: Doc
}) => {
  if (!collection.auth || collection.auth.disableLocalStrategy) return false
  const stored = await req.payload.db.findOne<{ id: number | string; salt?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    req,
  })
  return typeof stored?.salt === 'string' && stored.salt !== previousDoc?.salt
}

/**
 * Whether the person acting may write the field. Payload keeps the stored value of a field
 * whose access refuses them, so a difference there was made by the system — a roll-up, or a
 * computed value missing from an older version — and is not part of what they did.
 */
const isWritableByActor = async ({ change, req, isCreate, previousDoc, doc }: {
  change: ChangedField
  req: PayloadRequest
  isCreate: boolean
  previousDoc?: Doc
  doc: Doc
}) => {
  const access = change.field.access?.[isCreate ? 'create' : 'update']
  if (!access) return true
  return Boolean(
    await access({
      req,
      id: isCreate ? undefined : (doc.id as number | string),
      data: doc,
      doc: isCreate ? undefined : previousDoc,
      siblingData: change.siblingDoc,
    }),
  )
}

/** Records every create and update (publish, unpublish, trash, restore included) as one audit event. */
export const auditChange: CollectionAfterChangeHook = async ({ collection, data, doc, operation, overrideAccess, previousDoc, req }) => {
  const isCreate = operation === 'create'
  const changes = findChangedFields({ fields: collection.flattenedFields, previousDoc, doc, data, isCreate })
  const changedFields: string[] = []
  for (const change of changes) {
    // Writes that bypass access (the system's own, through the Local API) list every difference.
    if (overrideAccess || (await isWritableByActor({ change, req, isCreate, previousDoc, doc }))) changedFields.push(change.path)
  }
  const hasLocalPassword = Boolean(collection.auth) && !collection.auth?.disableLocalStrategy
  if ((isCreate && hasLocalPassword) || (!isCreate && (await hasPasswordChanged({ req, collection, doc, previousDoc })))) {
    changedFields.push('password')
  }
  const action = isCreate ? 'create' : await actionOf({ req, collection, doc, data, previousDoc })
  await recordAuditEvent({
    req,
    action,
    collectionSlug: collection.slug,
    documentId: doc.id,
    changedFields,
    documentUpdatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
    isAutosave: action === 'update' && isAutosave(req.context, collection.slug, doc.id),
  })
  return doc
}
