import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ADD COLUMN "document_updated_at" timestamp(3) with time zone;
  CREATE INDEX "audit_events_document_updated_at_idx" ON "audit_events" USING btree ("document_updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_events_document_updated_at_idx";
  ALTER TABLE "audit_events" DROP COLUMN "document_updated_at";`)
}
