import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "organization_id" integer;
  ALTER TABLE "media" ADD COLUMN "is_public" boolean DEFAULT false;
  ALTER TABLE "media" ADD CONSTRAINT "media_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_organization_idx" ON "media" USING btree ("organization_id");
  CREATE INDEX "media_is_public_idx" ON "media" USING btree ("is_public");`)
  // Files uploaded before ownership was recorded stay as visible as they were: public.
  await db.execute(sql`UPDATE "media" SET "is_public" = true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_organization_id_organizations_id_fk";
  
  DROP INDEX "media_organization_idx";
  DROP INDEX "media_is_public_idx";
  ALTER TABLE "media" DROP COLUMN "organization_id";
  ALTER TABLE "media" DROP COLUMN "is_public";`)
}
