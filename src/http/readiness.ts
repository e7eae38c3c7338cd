import type { Payload } from 'payload'

export type ReadinessReport = {
  isReady: boolean
  database: 'up' | 'down'
  migrations: 'applied' | 'pending' | 'not-applicable' | 'unknown'
  pendingMigrations?: string[]
  reason?: string
}

const withTimeout = async <T>(promise: Promise<T>, milliseconds: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${milliseconds} ms`)), milliseconds)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Ready means: the database answers a query now, and every committed migration is recorded
 * as applied. A pool that lost its connections reconnects on this very query.
 */
export const checkReadiness = async ({
  payload,
  expectedMigrations,
  timeoutMs = 2_000,
}: {
  payload: Payload
  expectedMigrations: string[] | null
  timeoutMs?: number
}): Promise<ReadinessReport> => {
  try {
    const { docs } = await withTimeout(
      payload.find({ collection: 'payload-migrations', pagination: false, depth: 0, select: { name: true } }),
      timeoutMs,
      'The database',
    )
    if (expectedMigrations === null) {
      return { isReady: true, database: 'up', migrations: 'not-applicable' }
    }
    const applied = new Set(docs.map((doc) => String((doc as { name?: string }).name)))
    const pendingMigrations = expectedMigrations.filter((name) => !applied.has(name))
    return pendingMigrations.length === 0
      ? { isReady: true, database: 'up', migrations: 'applied' }
      : { isReady: false, database: 'up', migrations: 'pending', pendingMigrations, reason: 'Migrations are not applied' }
  } catch (error) {
    return {
      isReady: false,
      database: 'down',
      migrations: 'unknown',
      reason: error instanceof Error ? error.message : 'The database did not answer',
    }
  }
}
