import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { engineOf } from './adapter'

/** Migrations exist for PostgreSQL only; MongoDB needs none for Lentera's schema. */
export const expectedMigrationNames = (payload: Payload): string[] | null =>
  engineOf(process.env.DATABASE_URI) === 'postgres' && payload.db.name !== 'mongoose'
    ? migrations.map((migration) => migration.name)
    : null

export const runMigrations = async ({ payload }: { payload: Payload }) => {
  if (expectedMigrationNames(payload) === null) return
  // The generated migration files type their arguments per adapter; Payload's list type is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
