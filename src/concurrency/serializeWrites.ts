import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { DocumentId } from '../utilities/idOf'

type Session = { db?: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }

/**
 * Makes writes to one document wait for each other, so a precondition checked at the start
 * still holds when the write commits: a transaction-scoped PostgreSQL advisory lock on
 * (collection, id), released by the commit or rollback. Without a transaction (or on MongoDB)
 * there is nothing to hold it, and writes proceed as Payload runs them.
 */
export const serializeWrites = async ({
  collectionSlug,
  id,
  req,
}: {
  collectionSlug: string
  id: DocumentId
  req: PayloadRequest
}): Promise<void> => {
  const adapter = req.payload.db as unknown as { name?: string; sessions?: Record<string, Session> }
  if (adapter.name !== 'postgres' || !req.transactionID) return
  const transactionID = await req.transactionID
  const session = transactionID === undefined || transactionID === null ? undefined : adapter.sessions?.[String(transactionID)]
  if (!session?.db) return
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${collectionSlug}), hashtext(${String(id)}))`)
}
