import { randomBytes } from 'crypto'
import { existsSync } from 'fs'
import { mkdir, readFile, writeFile } from 'fs/promises'
import path from 'path'

import { startEmbeddedPostgres } from '../db/embeddedPostgres'

export type PreparedEnvironment = {
  dataDir: string
  isEmbeddedDatabase: boolean
  /** Stops what this process started (the embedded PostgreSQL); a no-op otherwise. */
  stopDatabase: () => Promise<void>
}

export const DEFAULT_EMBEDDED_PORT = 54329

export const resolveDataDir = (): string => path.resolve(process.env.LENTERA_DATA_DIR ?? '.data')

/**
 * PAYLOAD_SECRET signs sessions. Production must bring its own; a developer gets one
 * generated once into the data directory, so logins survive restarts.
 */
const ensureSecret = async (dataDir: string) => {
  if (process.env.PAYLOAD_SECRET) return
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is required when NODE_ENV=production. Set it to a long random string, e.g. `openssl rand -hex 32`.',
    )
  }
  const secretFile = path.join(dataDir, 'payload-secret')
  if (!existsSync(secretFile)) {
    await mkdir(dataDir, { recursive: true })
    await writeFile(secretFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = (await readFile(secretFile, 'utf8')).trim()
}

/**
 * Everything a Lentera process needs before Payload loads its config: the secret and a
 * database. With no DATABASE_URI an embedded PostgreSQL is started and its URI exported,
 * so every Payload instance in this process (ours and Next's) connects to it.
 */
export const prepareEnvironment = async ({
  log = () => undefined,
}: { log?: (message: string) => void } = {}): Promise<PreparedEnvironment> => {
  const dataDir = resolveDataDir()
  await ensureSecret(dataDir)
  if (process.env.DATABASE_URI) {
    return { dataDir, isEmbeddedDatabase: false, stopDatabase: async () => undefined }
  }
  const port = Number(process.env.LENTERA_DB_PORT ?? DEFAULT_EMBEDDED_PORT)
  const database = await startEmbeddedPostgres({ dataDir, port, log })
  process.env.DATABASE_URI = database.uri
  return { dataDir, isEmbeddedDatabase: true, stopDatabase: database.stop }
}
