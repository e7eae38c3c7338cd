import path from 'path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import { PROJECT_ROOT } from '../utilities/projectRoot'

export const MIGRATION_DIR = path.join(PROJECT_ROOT, 'src', 'migrations')

export type DatabaseEngine = 'postgres' | 'mongodb'

export const engineOf = (uri: string | undefined): DatabaseEngine =>
  uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'postgres'

/**
 * Picks the adapter from DATABASE_URI: `mongodb://` selects MongoDB, anything else is
 * PostgreSQL. Schema changes reach Postgres through committed migrations only, unless a
 * developer opts into Payload's dev push with LENTERA_DB_PUSH=true.
 */
export const databaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  if (engineOf(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri ?? '' })
  }
  return postgresAdapter({
    pool: {
      connectionString: uri,
      connectionTimeoutMillis: 5_000,
      max: Number(process.env.LENTERA_DB_POOL_MAX ?? 10),
    },
    migrationDir: MIGRATION_DIR,
    push: process.env.NODE_ENV !== 'production' && process.env.LENTERA_DB_PUSH === 'true',
  })
}
