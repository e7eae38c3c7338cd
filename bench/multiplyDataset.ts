/**
 * Grows the loaded dataset to a larger scale in seconds instead of hours: every row of the
 * multiplied collections (organizations, commitments, milestones, progress reports — their
 * locales, arrays, relationships and versions included) is copied `factor - 1` times inside
 * PostgreSQL, each copy with its own ids and slugs (the original's, then `-` and the copy's id) and
 * its references pointing at the copies. It can run again on its own output.
 *
 * The 1× data is loaded through the REST API (bench/dataset.ts), so every hook ran on it; the
 * copies repeat its shape exactly, which also keeps the stored progress roll-ups true (each
 * section gains the same mix of commitments it had).
 */
import type pg from 'pg'

export const MULTIPLIED_COLLECTIONS = ['organizations', 'commitments', 'milestones', 'progress_reports'] as const

type Column = { name: string; type: string }
type Table = { name: string; collection: string; owner: string | null; columns: Column[]; hasSerialId: boolean }

/** References between the multiplied collections, by column name. */
const REFERENCE_COLUMNS: Record<string, string> = {
  organization_id: 'organizations',
  version_organization_id: 'organizations',
  commitment_id: 'commitments',
  version_commitment_id: 'commitments',
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`
const isText = (type: string) => type === 'character varying' || type === 'text'

/** The tables that hold one collection's rows: `c`, `c_*` (locales, arrays, rels), `_c_v` and `_c_v_*` (versions). */
const tablesOf = async (client: pg.PoolClient, collection: string): Promise<Table[]> => {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns
      where table_schema = current_schema() and (table_name = $1 or table_name like $2 or table_name = $3 or table_name like $4)
        -- generated columns (the search words) are computed by PostgreSQL for each copy
        and is_generated = 'NEVER'
      order by table_name, ordinal_position`,
    [collection, `${collection}\\_%`, `_${collection}_v`, `\\_${collection}\\_v\\_%`],
  )
  const byName = new Map<string, Column[]>()
  for (const row of rows) {
    const columns = byName.get(row.table_name) ?? []
    columns.push({ name: row.column_name, type: row.data_type })
    byName.set(row.table_name, columns)
  }
  const names = [...byName.keys()]
  // A table belongs to the longest other table whose name it extends; `_c_v` belongs to `c`.
  const ownerOf = (name: string): string | null => {
    if (name === collection) return null
    if (name === `_${collection}_v`) return collection
    const candidates = names.filter((other) => other !== name && name.startsWith(`${other}_`))
    return candidates.sort((a, b) => b.length - a.length)[0] ?? null
  }
  return names.map((name) => {
    const columns = byName.get(name) ?? []
    return { name, collection, owner: ownerOf(name), columns, hasSerialId: columns.some((column) => column.name === 'id' && column.type === 'integer') }
  })
}

/** Owners before the tables that reference them. */
const inInsertOrder = (tables: Table[]): Table[] => {
  const depth = (table: Table): number => {
    const owner = tables.find((other) => other.name === table.owner)
    return owner ? depth(owner) + 1 : 0
  }
  return [...tables].sort((a, b) => depth(a) - depth(b))
}

const maxIdOf = async (client: pg.PoolClient, table: string): Promise<number> =>
  Number((await client.query<{ max: number | null }>(`select coalesce(max(id), 0) as max from ${quote(table)}`)).rows[0].max)

/**
 * Multiplies the dataset by `factor` (10 turns 1× into 10×). Runs in one transaction: either
 * every copy is there or none.
 */
export const multiplyDataset = async ({ pool, factor }: { pool: pg.Pool; factor: number }) => {
  if (!Number.isInteger(factor) || factor < 2) throw new Error(`The factor must be a whole number of at least 2, not ${factor}.`)
  const client = await pool.connect()
  try {
    await client.query('begin')
    const tables: Table[] = []
    for (const collection of MULTIPLIED_COLLECTIONS) tables.push(...(await tablesOf(client, collection)))
    const maxIds = new Map<string, number>()
    for (const table of tables) if (table.hasSerialId) maxIds.set(table.name, await maxIdOf(client, table.name))

    const shifted = (column: string, table: string) => `${quote(column)} + k * ${maxIds.get(table) ?? 0}`
    const suffixed = (column: string) => `${quote(column)} || '-' || k`
    for (const table of inInsertOrder(tables)) {
      const expressions = table.columns.map(({ name, type }) => {
        if (name === 'id') return isText(type) ? suffixed(name) : shifted(name, table.name)
        if ((name === '_parent_id' || name === 'parent_id') && table.owner) return isText(type) ? suffixed(name) : shifted(name, table.owner)
        if (REFERENCE_COLUMNS[name]) return shifted(name, REFERENCE_COLUMNS[name])
        // A copy's slug ends in its own id, which no earlier copy can have taken.
        if (name === 'slug') return `${quote(name)} || '-' || (${shifted('id', table.name)})`
        if (name === 'version_slug' && table.owner) return `${quote(name)} || '-' || (${shifted('parent_id', table.owner)})`
        return quote(name)
      })
      await client.query(
        `insert into ${quote(table.name)} (${table.columns.map(({ name }) => quote(name)).join(', ')})
         select ${expressions.join(', ')} from ${quote(table.name)} cross join generate_series(1, ${factor - 1}) as k`,
      )
    }
    for (const table of tables) {
      if (!table.hasSerialId) continue
      await client.query(`select setval(pg_get_serial_sequence($1, 'id'), (select coalesce(max(id), 1) from ${quote(table.name)}))`, [quote(table.name)])
    }
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    client.release()
  }
  // Fresh statistics, so the planner sees the new sizes at once.
  await pool.query('analyze')
}
