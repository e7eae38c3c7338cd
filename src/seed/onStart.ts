import type { Payload } from 'payload'

import { isDatabaseEmpty, seedDemoData } from './index'

/** SEED_DEMO=true on start seeds a database that holds no roadmap content yet, and never touches one that does. */
export const seedIfRequested = async ({ payload, log }: { payload: Payload; log: (message: string) => void }) => {
  if (process.env.SEED_DEMO !== 'true') return
  if (!(await isDatabaseEmpty({ payload }))) {
    log('SEED_DEMO=true, but the database already holds content: demo data not loaded')
    return
  }
  const summary = await seedDemoData({ payload })
  log(`Demo data loaded (${Object.values(summary.created).reduce((sum, value) => sum + value, 0)} records)`)
}
