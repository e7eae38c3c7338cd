/** `npm run seed`: loads the demo data (idempotent) into the configured or embedded database. */
import { closePayload } from '../src/db/closePayload'
import { prepareEnvironment } from '../src/runtime/environment'

process.env.DISABLE_PAYLOAD_HMR = 'true'
const environment = await prepareEnvironment()
const { getPayload, config, runMigrations, seedDemoData } = await import('../src/runtime/modules')
const payload = await getPayload({ config, key: 'lentera-seed' })
let exitCode = 0
try {
  await runMigrations({ payload })
  const summary = await seedDemoData({ payload })
  console.log('Created:', summary.created)
  console.log('Already present:', summary.skippedExisting)
  if (!summary.demoAccounts) {
    console.log('Demo accounts were not created: NODE_ENV=production needs SEED_DEMO=true for them.')
  }
} catch (error) {
  console.error('Seeding failed:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await closePayload(payload)
  await environment.stopDatabase()
}
process.exit(exitCode)
