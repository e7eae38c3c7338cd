import type { PayloadRequest } from 'payload'

import { organizationIdOf } from '../access/roles'
import type { AccessUser } from '../access/roles'
import type { AuditAction, AuditLoginFailure } from '../constants'
import { COLLECTION } from '../constants'
import type { DocumentId } from '../utilities/idOf'
import { idOf } from '../utilities/idOf'
import { AUDIT_ACTION_LABELS } from './labels'

/** Consecutive autosaves by one person on one document within this window become one event. */
export const AUTOSAVE_COLLAPSE_MS = 60_000

type AuditEventInput = {
  req: PayloadRequest
  action: AuditAction
  collectionSlug: string
  documentId?: DocumentId | null
  changedFields?: string[]
  /** The document's updatedAt after the change (src/concurrency/editedByOthersSince.ts reads it). */
  documentUpdatedAt?: string | null
  isAutosave?: boolean
  failedLogin?: { reason: AuditLoginFailure; attemptedEmailHash?: string | null }
}

/** The person acting: a logged-in user of the users collection, or nobody (system, anonymous). */
const actorOf = (req: PayloadRequest): AccessUser =>
  req.user && req.user.collection === COLLECTION.users ? (req.user as AccessUser) : null

const summaryOf = ({ action, collectionSlug, documentId }: Pick<AuditEventInput, 'action' | 'collectionSlug' | 'documentId'>) =>
  `${AUDIT_ACTION_LABELS[action].id} · ${collectionSlug}${documentId === null || documentId === undefined ? '' : ` #${documentId}`}`

/**
 * Folds an autosave into the document's latest event when that event is an autosave by the
 * same person less than a minute old. Returns false when a new event is needed.
 */
const collapseAutosave = async ({ req, collectionSlug, documentId, changedFields, actorId, documentUpdatedAt }: {
  req: PayloadRequest
  collectionSlug: string
  documentId: string
  changedFields: string[]
  actorId: DocumentId | null
  documentUpdatedAt: string | null
}): Promise<boolean> => {
  const { docs } = await req.payload.find({
    collection: COLLECTION.auditEvents,
    where: { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: documentId } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const latest = docs[0]
  if (!latest || latest.action !== 'update' || !latest.autosave) return false
  if (String(idOf(latest.actor)) !== String(actorId)) return false
  if (Date.now() - new Date(latest.createdAt).getTime() >= AUTOSAVE_COLLAPSE_MS) return false
  const previousFields = Array.isArray(latest.changedFields) ? (latest.changedFields as string[]) : []
  await req.payload.update({
    collection: COLLECTION.auditEvents,
    id: latest.id,
    data: { changedFields: [...new Set([...previousFields, ...changedFields])], documentUpdatedAt },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return true
}

/**
 * Writes one audit event with the request's own `req`, so it commits or rolls back with the
 * change it describes. Only the audit hooks call this; no API can write audit events.
 */
export const recordAuditEvent = async ({
  req,
  action,
  collectionSlug,
  documentId = null,
  changedFields = [],
  documentUpdatedAt = null,
  isAutosave = false,
  failedLogin,
}: AuditEventInput): Promise<void> => {
  const actor = actorOf(req)
  const actorId = actor?.id ?? null
  const documentKey = documentId === null ? null : String(documentId)
  if (isAutosave && action === 'update' && documentKey !== null) {
    const isCollapsed = await collapseAutosave({ req, collectionSlug, documentId: documentKey, changedFields, actorId, documentUpdatedAt })
    if (isCollapsed) return
  }
  await req.payload.create({
    collection: COLLECTION.auditEvents,
    data: {
      summary: summaryOf({ action, collectionSlug, documentId }),
      action,
      actor: actorId as number | null,
      organization: organizationIdOf(actor) as number | null,
      collectionSlug,
      documentId: documentKey,
      changedFields,
      documentUpdatedAt,
      autosave: isAutosave,
      ...(failedLogin ? { failedLogin } : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
