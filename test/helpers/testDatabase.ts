import { mkdtemp } from 'fs/promises'
import net from 'net'
import os from 'os'
import path from 'path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { engineOf } from '../../src/db/adapter'

export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** A fresh embedded PostgreSQL in a temporary folder, for tests that must own their database. */
export const startThrowawayPostgres = async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lentera-test-'))
  const port = await freePort()
  const database = await startEmbeddedPostgres({ dataDir, port })
  return { ...database, dataDir, port }
}

const withDatabaseName = (uri: string, name: string) => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * The database the suite runs against. TEST_DATABASE_URI chooses a server (a fresh database
 * is created on it per run and dropped after); otherwise an embedded PostgreSQL is started.
 */
export const provisionSuiteDatabase = async (): Promise<{ uri: string; dispose: () => Promise<void> }> => {
  const serverUri = process.env.TEST_DATABASE_URI
  const runName = `lentera_test_${Date.now()}_${process.pid}`
  if (serverUri && engineOf(serverUri) === 'mongodb') {
    return { uri: withDatabaseName(serverUri, runName), dispose: async () => undefined }
  }
  if (serverUri) {
    const admin = new pg.Client({ connectionString: serverUri })
    await admin.connect()
    await admin.query(`create database ${runName}`)
    await admin.end()
    return {
      uri: withDatabaseName(serverUri, runName),
      dispose: async () => {
        const client = new pg.Client({ connectionString: serverUri })
        await client.connect()
        await client.query(`drop database if exists ${runName} with (force)`)
        await client.end()
      },
    }
  }
  const embedded = await startThrowawayPostgres()
  return { uri: embedded.uri, dispose: embedded.stop }
}
