import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_requests_document_collection" AS ENUM('commitments', 'milestones', 'progress-reports');
  CREATE TYPE "public"."enum_review_requests_state" AS ENUM('submitted', 'changes-requested', 'approved', 'withdrawn');
  CREATE TABLE "review_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"document_collection" "enum_review_requests_document_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"note" varchar,
  	"state" "enum_review_requests_state" DEFAULT 'submitted',
  	"review_comment" varchar,
  	"organization_id" integer,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"document_revision" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_requests_id" integer;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_requests_document_collection_idx" ON "review_requests" USING btree ("document_collection");
  CREATE INDEX "review_requests_document_id_idx" ON "review_requests" USING btree ("document_id");
  CREATE INDEX "review_requests_state_idx" ON "review_requests" USING btree ("state");
  CREATE INDEX "review_requests_organization_idx" ON "review_requests" USING btree ("organization_id");
  CREATE INDEX "review_requests_submitted_by_idx" ON "review_requests" USING btree ("submitted_by_id");
  CREATE INDEX "review_requests_submitted_at_idx" ON "review_requests" USING btree ("submitted_at");
  CREATE INDEX "review_requests_reviewed_by_idx" ON "review_requests" USING btree ("reviewed_by_id");
  CREATE INDEX "review_requests_updated_at_idx" ON "review_requests" USING btree ("updated_at");
  CREATE INDEX "review_requests_created_at_idx" ON "review_requests" USING btree ("created_at");
  CREATE INDEX "review_requests_deleted_at_idx" ON "review_requests" USING btree ("deleted_at");
  CREATE INDEX "documentCollection_documentId_idx" ON "review_requests" USING btree ("document_collection","document_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_requests_fk" FOREIGN KEY ("review_requests_id") REFERENCES "public"."review_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("review_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_requests_id";
  DROP TYPE "public"."enum_review_requests_document_collection";
  DROP TYPE "public"."enum_review_requests_state";`)
}
