/**
 * Runs Payload's CLI (migrate, migrate:create, generate:types, …) with Lentera's environment:
 * the secret and, when DATABASE_URI is unset, the embedded PostgreSQL.
 */
import { spawn } from 'child_process'
import path from 'path'

import { prepareEnvironment } from '../src/runtime/environment'

const environment = await prepareEnvironment()
const payloadBin = path.resolve('node_modules/payload/bin.js')
const child = spawn(process.execPath, [payloadBin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  // See scripts/bundle.mjs: lexical's "node" entry points deadlock Node 20's ESM loader now and then.
  env: { ...process.env, PAYLOAD_CONFIG_PATH: 'payload.config.ts', NODE_OPTIONS: `--conditions=production ${process.env.NODE_OPTIONS ?? ''}` },
})
const code: number = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
await environment.stopDatabase()
process.exit(code)
