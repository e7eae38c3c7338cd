import { mkdtemp } from 'fs/promises'
import os from 'os'
import path from 'path'

import { provisionSuiteDatabase } from './testDatabase'

declare global {
  var __LENTERA_DISPOSE_DATABASE__: (() => Promise<void>) | undefined
}

export default async function globalSetup() {
  Object.assign(process.env, { NODE_ENV: 'test' })
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.PAYLOAD_SECRET ??= 'lentera-test-secret-not-for-production'
  // Uploads made by tests go to a throwaway folder, never into the project's media/.
  process.env.LENTERA_MEDIA_DIR ??= await mkdtemp(path.join(os.tmpdir(), 'lentera-media-'))
  const database = await provisionSuiteDatabase()
  process.env.DATABASE_URI = database.uri
  globalThis.__LENTERA_DISPOSE_DATABASE__ = database.dispose
}
