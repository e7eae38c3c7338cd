/**
 * Fails when the collections no longer match the committed migrations: it generates the
 * schema diff `payload migrate:create` would write (against the latest migration snapshot)
 * and exits 1 if it is not empty. Needs no database.
 */
import { readdirSync, readFileSync } from 'fs'
import path from 'path'

process.env.PAYLOAD_SECRET ||= 'migration-check-placeholder'
process.env.DATABASE_URI ||= 'postgres://unused@127.0.0.1:1/unused'
process.env.DISABLE_PAYLOAD_HMR = 'true'

const { getPayload, config, MIGRATION_DIR } = await import('../src/runtime/modules')

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true, key: 'migration-check' })
const adapter = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()

const snapshots = readdirSync(MIGRATION_DIR).filter((file) => file.endsWith('.json')).sort()
const latest = snapshots.at(-1)
if (!latest) {
  console.error(`No migration snapshot in ${MIGRATION_DIR}: run \`npm run migrate:create -- initial\`.`)
  process.exit(1)
}
let before = JSON.parse(readFileSync(path.join(MIGRATION_DIR, latest), 'utf8'))
const after = await generateDrizzleJson(adapter.schema)
if (upSnapshot && before.version < after.version) before = upSnapshot(before)
const statements = await generateMigration(before, after)
if (statements.length > 0) {
  console.error(`The collections changed since migration ${latest.replace(/\.json$/, '')}; these statements have no migration:\n`)
  console.error(statements.join('\n'))
  console.error('\nCreate one with `npm run migrate:create -- <name>` and commit it.')
  process.exit(1)
}
console.log(`Migrations are up to date (latest: ${latest.replace(/\.json$/, '')}).`)
process.exit(0)
