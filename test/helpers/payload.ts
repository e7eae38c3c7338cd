import config from '@payload-config'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { closePayload } from '../../src/db/closePayload'
import { runMigrations } from '../../src/db/migrations'

/**
 * The suite's Payload: the same cached instance the route handlers use, so REST and GraphQL
 * calls in a test see the same database. Migrations run once per database.
 */
export const getTestPayload = async (): Promise<Payload> => {
  const payload = await getPayload({ config })
  await runMigrations({ payload })
  return payload
}

/** Close the pool before the database stops, or pg reports the shutdown as a crash. */
export const closeTestPayload = async (payload: Payload | undefined) => {
  await closePayload(payload)
  const cache = (globalThis as { _payload?: Map<string, unknown> })._payload
  cache?.clear()
}

let counter = 0
/** A name unique within the run, so tests never collide on slugs, codes or emails. */
export const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`
