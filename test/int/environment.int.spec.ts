import { mkdtemp, readFile } from 'fs/promises'
import os from 'os'
import path from 'path'

import { databaseAdapter, engineOf } from '../../src/db/adapter'
import { prepareEnvironment } from '../../src/runtime/environment'
import { mayCreateDemoAccounts } from '../../src/seed'

const withEnv = async <T>(overrides: Record<string, string | undefined>, run: () => Promise<T> | T): Promise<T> => {
  const saved = { ...process.env }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    return await run()
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

describe('PAYLOAD_SECRET', () => {
  it('should be required in production, with a message that says how to make one', async () => {
    await withEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: undefined, DATABASE_URI: 'postgres://x@127.0.0.1:1/x' }, async () => {
      await expect(prepareEnvironment()).rejects.toThrow(/PAYLOAD_SECRET is required when NODE_ENV=production.*openssl rand/)
    })
  })

  it('should be generated once into the data directory in development and reused', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lentera-secret-'))
    const first = await withEnv(
      { NODE_ENV: 'development', PAYLOAD_SECRET: undefined, LENTERA_DATA_DIR: dataDir, DATABASE_URI: 'postgres://x@127.0.0.1:1/x' },
      async () => {
        await prepareEnvironment()
        return process.env.PAYLOAD_SECRET
      },
    )
    const second = await withEnv(
      { NODE_ENV: 'development', PAYLOAD_SECRET: undefined, LENTERA_DATA_DIR: dataDir, DATABASE_URI: 'postgres://x@127.0.0.1:1/x' },
      async () => {
        await prepareEnvironment()
        return process.env.PAYLOAD_SECRET
      },
    )
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect((await readFile(path.join(dataDir, 'payload-secret'), 'utf8')).trim()).toBe(first)
  })
})

describe('database selection', () => {
  it('should pick the adapter from the URI scheme', () => {
    expect(engineOf('mongodb://127.0.0.1:27017/lentera')).toBe('mongodb')
    expect(engineOf('mongodb+srv://cluster.example.org/lentera')).toBe('mongodb')
    expect(engineOf('postgres://127.0.0.1:5432/lentera')).toBe('postgres')
    expect(engineOf(undefined)).toBe('postgres')
    expect(databaseAdapter('mongodb://127.0.0.1:27017/lentera').name).toBe('mongoose')
    expect(databaseAdapter('postgres://127.0.0.1:5432/lentera').name).toBe('postgres')
  })
})

describe('demo accounts', () => {
  it('should never be created in production unless SEED_DEMO=true is given', async () => {
    await withEnv({ NODE_ENV: 'production', SEED_DEMO: undefined }, () => expect(mayCreateDemoAccounts()).toBe(false))
    await withEnv({ NODE_ENV: 'production', SEED_DEMO: 'true' }, () => expect(mayCreateDemoAccounts()).toBe(true))
    await withEnv({ NODE_ENV: 'development', SEED_DEMO: undefined }, () => expect(mayCreateDemoAccounts()).toBe(true))
  })
})
