import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "progress_reports" ADD COLUMN "approved_at" timestamp(3) with time zone;
  CREATE INDEX "progress_reports_approved_at_idx" ON "progress_reports" USING btree ("approved_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "progress_reports_approved_at_idx";
  ALTER TABLE "progress_reports" DROP COLUMN "approved_at";`)
}
