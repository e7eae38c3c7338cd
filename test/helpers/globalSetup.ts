import { provisionSuiteDatabase } from './testDatabase'

declare global {
  var __LENTERA_DISPOSE_DATABASE__: (() => Promise<void>) | undefined
}

export default async function globalSetup() {
  process.env.NODE_ENV = 'test'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.PAYLOAD_SECRET ??= 'lentera-test-secret-not-for-production'
  const database = await provisionSuiteDatabase()
  process.env.DATABASE_URI = database.uri
  globalThis.__LENTERA_DISPOSE_DATABASE__ = database.dispose
}
