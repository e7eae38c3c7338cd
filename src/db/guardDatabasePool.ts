import type { Payload } from 'payload'

type PoolLike = { on?: (event: 'error', listener: (error: Error) => void) => unknown; listenerCount?: (event: string) => number }

/**
 * pg's Pool emits `error` when an idle connection dies (the database restarts or is stopped).
 * Without a listener Node treats that as an uncaught exception and the whole server falls over;
 * with one, the pool simply reconnects on the next query and /readyz reports the outage.
 */
export const guardDatabasePool = (payload: Payload): void => {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  if (!pool?.on || (pool.listenerCount?.('error') ?? 0) > 0) return
  pool.on('error', (error) => {
    payload.logger.warn({ msg: 'Database connection lost; it will be re-established on the next query', err: error.message })
  })
}
