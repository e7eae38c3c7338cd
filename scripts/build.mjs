/**
 * Builds the Next app. Building touches no database; a secret is only needed at runtime,
 * so a placeholder keeps Payload's config check quiet during the build.
 */
import { spawnSync } from 'child_process'
import path from 'path'

const result = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'build-time-placeholder-not-used-at-runtime',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  },
})
process.exit(result.status ?? 1)
