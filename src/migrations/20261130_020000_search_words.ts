import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Public search (src/search/publicSearchQuery.ts) without recomputing every document's words on
 * every query: each commitment and organization locale row keeps its words as stored, generated
 * tsvector columns (PostgreSQL keeps them current on every insert and update), and a GIN index
 * over them finds the rows holding a query's words. Written by hand: Payload's schema does not
 * describe generated columns, so the collections (and `migrate:check`) never see them.
 */
const RICH_TEXT_WORDS = (column: string) =>
  `coalesce(jsonb_to_tsvector('simple', jsonb_path_query_array("${column}", 'strict $.** ? (@.type == "text").text'), '["string"]'), ''::tsvector)`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  ALTER TABLE "commitments_locales"
    ADD COLUMN "search_title" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("title", ''))) STORED,
    ADD COLUMN "search_indicator" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("indicator_name", ''))) STORED,
    ADD COLUMN "search_description" tsvector GENERATED ALWAYS AS (${RICH_TEXT_WORDS('description')}) STORED;
  CREATE INDEX "commitments_locales_search_idx" ON "commitments_locales" USING gin (("search_title" || "search_indicator" || "search_description"));
  ALTER TABLE "organizations_locales"
    ADD COLUMN "search_name" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("name", ''))) STORED,
    ADD COLUMN "search_description" tsvector GENERATED ALWAYS AS (${RICH_TEXT_WORDS('description')}) STORED;
  CREATE INDEX "organizations_locales_search_idx" ON "organizations_locales" USING gin (("search_name" || "search_description"));`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "organizations_locales_search_idx";
  ALTER TABLE "organizations_locales" DROP COLUMN "search_name", DROP COLUMN "search_description";
  DROP INDEX "commitments_locales_search_idx";
  ALTER TABLE "commitments_locales" DROP COLUMN "search_title", DROP COLUMN "search_indicator", DROP COLUMN "search_description";`)
}
