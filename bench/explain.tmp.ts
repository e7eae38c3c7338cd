import { randomBytes } from 'crypto'
import pg from 'pg'
import { startServer } from '../test/helpers/server'
import { multiplyDataset } from './multiplyDataset'
const name = `lentera_explain_${Date.now()}`
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' }); await admin.connect()
await admin.query(`create database ${name}`); await admin.query(`alter database ${name} set log_min_duration_statement = 15`); await admin.end()
const uri = `postgres://postgres@127.0.0.1:5432/${name}`
const server = await startServer({ env: { DATABASE_URI: uri, SEED_DEMO: 'true', PAYLOAD_SECRET: randomBytes(32).toString('hex'), LENTERA_LOG_DATABASE: undefined } })
const pool = new pg.Pool({ connectionString: uri, max: 2 })
console.log('commitments before', (await pool.query('select count(*) from commitments')).rows[0])
await multiplyDataset({ pool, factor: 1000 })
console.log('commitments after', (await pool.query('select count(*) from commitments')).rows[0], (await pool.query('select count(*) from milestones')).rows[0])
const q = (page: number) => JSON.stringify({ query: `{ Commitments(limit: 20, page: ${page}, sort: "title") { totalDocs docs { title slug status progress organization { name } } } }` })
for (const page of [1, 1, 1500, 1500]) {
  const t = performance.now()
  const r = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'JWT x' }, body: q(page) })
  const body = await r.text()
  console.log('page', page, r.status, Math.round(performance.now() - t), 'ms', body.slice(0, 80))
}
console.log('DB', name)
await pool.end(); await server.stop(); process.exit(0)
