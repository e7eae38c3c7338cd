/**
 * Everything that needs the prepared environment (secret, DATABASE_URI) before it loads:
 * the Payload config reads both when it is evaluated. Entry points load this module with
 * ONE dynamic import after prepareEnvironment(); several concurrent dynamic imports of
 * overlapping ESM graphs can leave a top-level await unsettled and the process silently
 * stops (seen here as exit code 13, or exit 0 with nothing pending).
 */
export { getPayload } from 'payload'
export { default as config } from '../../payload.config'
export { expectedMigrationNames, runMigrations } from '../db/migrations'
export { seedIfRequested } from '../seed/onStart'
export { seedDemoData } from '../seed/index'
export { createApp } from '../http/app'
export { createPublicPageFastPath } from '../http/publicPages'
export { createAnonymousQueryFastPath } from '../http/anonymousQueries'
export { createRequestMetrics } from '../http/metrics'
export { checkReadiness } from '../http/readiness'
export { MIGRATION_DIR } from '../db/adapter'
