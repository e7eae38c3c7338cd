import type { Payload } from 'payload'

type PoolClientLike = { release?: (destroy?: boolean) => void }
type PoolLike = {
  end?: () => Promise<void>
  ended?: boolean
  _clients?: PoolClientLike[]
  _idle?: { client: PoolClientLike }[]
}

/**
 * Payload's destroy() resets the Postgres adapter but leaves its pg Pool open, and the
 * adapter keeps one client checked out for good (its reconnect watcher), so `pool.end()`
 * alone waits forever. Release that client, then end the pool, before the database stops.
 */
export const closePayload = async (payload: Payload | null | undefined): Promise<void> => {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  await payload.destroy()
  if (!pool?.end || pool.ended) return
  const idleClients = new Set((pool._idle ?? []).map((idle) => idle.client))
  for (const client of pool._clients ?? []) {
    if (!idleClients.has(client)) client.release?.(true)
  }
  await pool.end()
}
