import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_roadmaps_roadmap_status" AS ENUM('draft', 'consultation', 'adopted', 'superseded');
  CREATE TYPE "public"."enum_roadmaps_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__roadmaps_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__roadmaps_v_published_locale" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_sections_mnr" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21');
  CREATE TYPE "public"."enum_roadmap_sections_kind" AS ENUM('direction', 'strategy', 'focus', 'intervention');
  CREATE TYPE "public"."enum_roadmap_sections_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__roadmap_sections_v_version_kind" AS ENUM('direction', 'strategy', 'focus', 'intervention');
  CREATE TYPE "public"."enum__roadmap_sections_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__roadmap_sections_v_published_locale" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_commitments_mnr" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21');
  CREATE TYPE "public"."enum_commitments_role" AS ENUM('implementer', 'catalyst', 'partner');
  CREATE TYPE "public"."enum_commitments_commitment_status" AS ENUM('not-started', 'on-track', 'at-risk', 'delayed', 'completed', 'discontinued');
  CREATE TYPE "public"."enum_commitments_completion" AS ENUM('no-evidence', 'not-started', 'limited', 'substantial', 'complete');
  CREATE TYPE "public"."enum_commitments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__commitments_v_version_role" AS ENUM('implementer', 'catalyst', 'partner');
  CREATE TYPE "public"."enum__commitments_v_version_completion" AS ENUM('no-evidence', 'not-started', 'limited', 'substantial', 'complete');
  CREATE TYPE "public"."enum__commitments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__commitments_v_published_locale" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_milestones_milestone_status" AS ENUM('planned', 'in-progress', 'done', 'missed');
  CREATE TYPE "public"."enum_milestones_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__milestones_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__milestones_v_published_locale" AS ENUM('id', 'en');
  CREATE TYPE "public"."enum_progress_reports_review_status" AS ENUM('submitted', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_indicators_direction" AS ENUM('higher-is-better', 'lower-is-better');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('ministry', 'agency', 'regional-government', 'international-organization', 'ngo', 'industry', 'academia', 'other');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'secretariat', 'partner');
  CREATE TABLE "roadmaps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"period_start" numeric,
  	"period_end" numeric,
  	"legal_basis" varchar,
  	"status" "enum_roadmaps_roadmap_status" DEFAULT 'draft',
  	"progress" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_roadmaps_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "roadmaps_locales" (
  	"title" varchar,
  	"summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_roadmaps_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_period_start" numeric,
  	"version_period_end" numeric,
  	"version_legal_basis" varchar,
  	"version_status" "enum_roadmaps_roadmap_status" DEFAULT 'draft',
  	"version_progress" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__roadmaps_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__roadmaps_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_roadmaps_v_locales" (
  	"version_title" varchar,
  	"version_summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "roadmap_sections_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"code" varchar,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "roadmap_sections_outputs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"output" varchar
  );
  
  CREATE TABLE "roadmap_sections_mnr_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sections_mnr",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "roadmap_sections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"roadmap_id" integer,
  	"kind" "enum_roadmap_sections_kind",
  	"code" varchar,
  	"order" numeric DEFAULT 0,
  	"parent_id" integer,
  	"lead_agency_id" integer,
  	"progress" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_roadmap_sections_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "roadmap_sections_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "roadmap_sections_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "roadmap_sections_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "_roadmap_sections_v_version_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"code" varchar,
  	"url" varchar,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roadmap_sections_v_version_outputs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"output" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_roadmap_sections_v_version_mnr_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sections_mnr",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_roadmap_sections_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_roadmap_id" integer,
  	"version_kind" "enum__roadmap_sections_v_version_kind",
  	"version_code" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_parent_id" integer,
  	"version_lead_agency_id" integer,
  	"version_progress" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__roadmap_sections_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__roadmap_sections_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_roadmap_sections_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_roadmap_sections_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_roadmap_sections_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "commitments_mnr_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_commitments_mnr",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "commitments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"section_id" integer,
  	"role" "enum_commitments_role" DEFAULT 'implementer',
  	"indicator_unit" varchar,
  	"indicator_baseline" numeric,
  	"indicator_target" numeric,
  	"start_date" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"status" "enum_commitments_commitment_status" DEFAULT 'not-started',
  	"progress" numeric,
  	"completion" "enum_commitments_completion",
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_commitments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "commitments_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"indicator_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_commitments_v_version_mnr_capabilities" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_commitments_mnr",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_commitments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_section_id" integer,
  	"version_role" "enum__commitments_v_version_role" DEFAULT 'implementer',
  	"version_indicator_unit" varchar,
  	"version_indicator_baseline" numeric,
  	"version_indicator_target" numeric,
  	"version_start_date" timestamp(3) with time zone,
  	"version_due_date" timestamp(3) with time zone,
  	"version_status" "enum_commitments_commitment_status" DEFAULT 'not-started',
  	"version_progress" numeric,
  	"version_completion" "enum__commitments_v_version_completion",
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__commitments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__commitments_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_commitments_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"version_indicator_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "milestones_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "milestones_evidence_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "milestones" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commitment_id" integer,
  	"organization_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"completed_date" timestamp(3) with time zone,
  	"status" "enum_milestones_milestone_status" DEFAULT 'planned',
  	"weight" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_milestones_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "milestones_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_milestones_v_version_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_milestones_v_version_evidence_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_milestones_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_commitment_id" integer,
  	"version_organization_id" integer,
  	"version_due_date" timestamp(3) with time zone,
  	"version_completed_date" timestamp(3) with time zone,
  	"version_status" "enum_milestones_milestone_status" DEFAULT 'planned',
  	"version_weight" numeric DEFAULT 1,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__milestones_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__milestones_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_milestones_v_locales" (
  	"version_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "progress_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commitment_id" integer NOT NULL,
  	"organization_id" integer,
  	"period_start" timestamp(3) with time zone NOT NULL,
  	"period_end" timestamp(3) with time zone NOT NULL,
  	"period_label" varchar NOT NULL,
  	"indicator_value" numeric,
  	"review_status" "enum_progress_reports_review_status" DEFAULT 'submitted' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "progress_reports_locales" (
  	"summary" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "progress_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "indicators_values" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"period_label" varchar NOT NULL,
  	"year" numeric,
  	"value" numeric NOT NULL,
  	"source" varchar NOT NULL
  );
  
  CREATE TABLE "indicators_values_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"unit" varchar NOT NULL,
  	"direction" "enum_indicators_direction" DEFAULT 'higher-is-better' NOT NULL,
  	"source_name" varchar,
  	"source_url" varchar,
  	"baseline_year" numeric,
  	"baseline_value" numeric,
  	"target_year" numeric,
  	"target_value" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "indicators_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"acronym" varchar,
  	"slug" varchar NOT NULL,
  	"kind" "enum_organizations_kind" DEFAULT 'other' NOT NULL,
  	"website" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar NOT NULL,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organization_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"roadmaps_id" integer,
  	"roadmap_sections_id" integer,
  	"commitments_id" integer,
  	"milestones_id" integer,
  	"progress_reports_id" integer,
  	"indicators_id" integer,
  	"organizations_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"demo_data" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"title" varchar DEFAULT 'Lentera',
  	"tagline" varchar,
  	"about" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "roadmaps_locales" ADD CONSTRAINT "roadmaps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmaps_v" ADD CONSTRAINT "_roadmaps_v_parent_id_roadmaps_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roadmaps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roadmaps_v_locales" ADD CONSTRAINT "_roadmaps_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roadmaps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections_breadcrumbs" ADD CONSTRAINT "roadmap_sections_breadcrumbs_doc_id_roadmap_sections_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roadmap_sections_breadcrumbs" ADD CONSTRAINT "roadmap_sections_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections_outputs" ADD CONSTRAINT "roadmap_sections_outputs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections_mnr_capabilities" ADD CONSTRAINT "roadmap_sections_mnr_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections" ADD CONSTRAINT "roadmap_sections_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roadmap_sections" ADD CONSTRAINT "roadmap_sections_parent_id_roadmap_sections_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roadmap_sections" ADD CONSTRAINT "roadmap_sections_lead_agency_id_organizations_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roadmap_sections_locales" ADD CONSTRAINT "roadmap_sections_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections_numbers" ADD CONSTRAINT "roadmap_sections_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections_rels" ADD CONSTRAINT "roadmap_sections_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roadmap_sections_rels" ADD CONSTRAINT "roadmap_sections_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_version_breadcrumbs" ADD CONSTRAINT "_roadmap_sections_v_version_breadcrumbs_doc_id_roadmap_sections_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_version_breadcrumbs" ADD CONSTRAINT "_roadmap_sections_v_version_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roadmap_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_version_outputs" ADD CONSTRAINT "_roadmap_sections_v_version_outputs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roadmap_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_version_mnr_capabilities" ADD CONSTRAINT "_roadmap_sections_v_version_mnr_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_roadmap_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v" ADD CONSTRAINT "_roadmap_sections_v_parent_id_roadmap_sections_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v" ADD CONSTRAINT "_roadmap_sections_v_version_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("version_roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v" ADD CONSTRAINT "_roadmap_sections_v_version_parent_id_roadmap_sections_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v" ADD CONSTRAINT "_roadmap_sections_v_version_lead_agency_id_organizations_id_fk" FOREIGN KEY ("version_lead_agency_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_locales" ADD CONSTRAINT "_roadmap_sections_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_roadmap_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_numbers" ADD CONSTRAINT "_roadmap_sections_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_roadmap_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_rels" ADD CONSTRAINT "_roadmap_sections_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_roadmap_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roadmap_sections_v_rels" ADD CONSTRAINT "_roadmap_sections_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "commitments_mnr_capabilities" ADD CONSTRAINT "commitments_mnr_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "commitments" ADD CONSTRAINT "commitments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commitments" ADD CONSTRAINT "commitments_section_id_roadmap_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commitments_locales" ADD CONSTRAINT "commitments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_commitments_v_version_mnr_capabilities" ADD CONSTRAINT "_commitments_v_version_mnr_capabilities_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_commitments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_commitments_v" ADD CONSTRAINT "_commitments_v_parent_id_commitments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."commitments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_commitments_v" ADD CONSTRAINT "_commitments_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_commitments_v" ADD CONSTRAINT "_commitments_v_version_section_id_roadmap_sections_id_fk" FOREIGN KEY ("version_section_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_commitments_v_locales" ADD CONSTRAINT "_commitments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_commitments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones_evidence" ADD CONSTRAINT "milestones_evidence_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "milestones_evidence" ADD CONSTRAINT "milestones_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones_evidence_locales" ADD CONSTRAINT "milestones_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."milestones_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "milestones" ADD CONSTRAINT "milestones_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "milestones" ADD CONSTRAINT "milestones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "milestones_locales" ADD CONSTRAINT "milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_milestones_v_version_evidence" ADD CONSTRAINT "_milestones_v_version_evidence_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_milestones_v_version_evidence" ADD CONSTRAINT "_milestones_v_version_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_milestones_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_milestones_v_version_evidence_locales" ADD CONSTRAINT "_milestones_v_version_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_milestones_v_version_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_milestones_v" ADD CONSTRAINT "_milestones_v_parent_id_milestones_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."milestones"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_milestones_v" ADD CONSTRAINT "_milestones_v_version_commitment_id_commitments_id_fk" FOREIGN KEY ("version_commitment_id") REFERENCES "public"."commitments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_milestones_v" ADD CONSTRAINT "_milestones_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_milestones_v_locales" ADD CONSTRAINT "_milestones_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_milestones_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress_reports_locales" ADD CONSTRAINT "progress_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports_rels" ADD CONSTRAINT "progress_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "progress_reports_rels" ADD CONSTRAINT "progress_reports_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_values" ADD CONSTRAINT "indicators_values_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_values_locales" ADD CONSTRAINT "indicators_values_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators_values"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_locales" ADD CONSTRAINT "indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roadmaps_fk" FOREIGN KEY ("roadmaps_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roadmap_sections_fk" FOREIGN KEY ("roadmap_sections_id") REFERENCES "public"."roadmap_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_commitments_fk" FOREIGN KEY ("commitments_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_milestones_fk" FOREIGN KEY ("milestones_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_progress_reports_fk" FOREIGN KEY ("progress_reports_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "roadmaps_slug_idx" ON "roadmaps" USING btree ("slug");
  CREATE INDEX "roadmaps_progress_idx" ON "roadmaps" USING btree ("progress");
  CREATE INDEX "roadmaps_updated_at_idx" ON "roadmaps" USING btree ("updated_at");
  CREATE INDEX "roadmaps_created_at_idx" ON "roadmaps" USING btree ("created_at");
  CREATE INDEX "roadmaps_deleted_at_idx" ON "roadmaps" USING btree ("deleted_at");
  CREATE INDEX "roadmaps__status_idx" ON "roadmaps" USING btree ("_status");
  CREATE UNIQUE INDEX "roadmaps_locales_locale_parent_id_unique" ON "roadmaps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_roadmaps_v_parent_idx" ON "_roadmaps_v" USING btree ("parent_id");
  CREATE INDEX "_roadmaps_v_version_version_slug_idx" ON "_roadmaps_v" USING btree ("version_slug");
  CREATE INDEX "_roadmaps_v_version_version_progress_idx" ON "_roadmaps_v" USING btree ("version_progress");
  CREATE INDEX "_roadmaps_v_version_version_updated_at_idx" ON "_roadmaps_v" USING btree ("version_updated_at");
  CREATE INDEX "_roadmaps_v_version_version_created_at_idx" ON "_roadmaps_v" USING btree ("version_created_at");
  CREATE INDEX "_roadmaps_v_version_version_deleted_at_idx" ON "_roadmaps_v" USING btree ("version_deleted_at");
  CREATE INDEX "_roadmaps_v_version_version__status_idx" ON "_roadmaps_v" USING btree ("version__status");
  CREATE INDEX "_roadmaps_v_created_at_idx" ON "_roadmaps_v" USING btree ("created_at");
  CREATE INDEX "_roadmaps_v_updated_at_idx" ON "_roadmaps_v" USING btree ("updated_at");
  CREATE INDEX "_roadmaps_v_snapshot_idx" ON "_roadmaps_v" USING btree ("snapshot");
  CREATE INDEX "_roadmaps_v_published_locale_idx" ON "_roadmaps_v" USING btree ("published_locale");
  CREATE INDEX "_roadmaps_v_latest_idx" ON "_roadmaps_v" USING btree ("latest");
  CREATE INDEX "_roadmaps_v_autosave_idx" ON "_roadmaps_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_roadmaps_v_locales_locale_parent_id_unique" ON "_roadmaps_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "roadmap_sections_breadcrumbs_order_idx" ON "roadmap_sections_breadcrumbs" USING btree ("_order");
  CREATE INDEX "roadmap_sections_breadcrumbs_parent_id_idx" ON "roadmap_sections_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "roadmap_sections_breadcrumbs_doc_idx" ON "roadmap_sections_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "roadmap_sections_outputs_order_idx" ON "roadmap_sections_outputs" USING btree ("_order");
  CREATE INDEX "roadmap_sections_outputs_parent_id_idx" ON "roadmap_sections_outputs" USING btree ("_parent_id");
  CREATE INDEX "roadmap_sections_outputs_locale_idx" ON "roadmap_sections_outputs" USING btree ("_locale");
  CREATE INDEX "roadmap_sections_mnr_capabilities_order_idx" ON "roadmap_sections_mnr_capabilities" USING btree ("order");
  CREATE INDEX "roadmap_sections_mnr_capabilities_parent_idx" ON "roadmap_sections_mnr_capabilities" USING btree ("parent_id");
  CREATE INDEX "roadmap_sections_roadmap_idx" ON "roadmap_sections" USING btree ("roadmap_id");
  CREATE INDEX "roadmap_sections_code_idx" ON "roadmap_sections" USING btree ("code");
  CREATE INDEX "roadmap_sections_parent_idx" ON "roadmap_sections" USING btree ("parent_id");
  CREATE INDEX "roadmap_sections_lead_agency_idx" ON "roadmap_sections" USING btree ("lead_agency_id");
  CREATE INDEX "roadmap_sections_progress_idx" ON "roadmap_sections" USING btree ("progress");
  CREATE INDEX "roadmap_sections_updated_at_idx" ON "roadmap_sections" USING btree ("updated_at");
  CREATE INDEX "roadmap_sections_created_at_idx" ON "roadmap_sections" USING btree ("created_at");
  CREATE INDEX "roadmap_sections_deleted_at_idx" ON "roadmap_sections" USING btree ("deleted_at");
  CREATE INDEX "roadmap_sections__status_idx" ON "roadmap_sections" USING btree ("_status");
  CREATE UNIQUE INDEX "roadmap_sections_locales_locale_parent_id_unique" ON "roadmap_sections_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "roadmap_sections_numbers_order_parent_idx" ON "roadmap_sections_numbers" USING btree ("order","parent_id");
  CREATE INDEX "roadmap_sections_rels_order_idx" ON "roadmap_sections_rels" USING btree ("order");
  CREATE INDEX "roadmap_sections_rels_parent_idx" ON "roadmap_sections_rels" USING btree ("parent_id");
  CREATE INDEX "roadmap_sections_rels_path_idx" ON "roadmap_sections_rels" USING btree ("path");
  CREATE INDEX "roadmap_sections_rels_organizations_id_idx" ON "roadmap_sections_rels" USING btree ("organizations_id");
  CREATE INDEX "_roadmap_sections_v_version_breadcrumbs_order_idx" ON "_roadmap_sections_v_version_breadcrumbs" USING btree ("_order");
  CREATE INDEX "_roadmap_sections_v_version_breadcrumbs_parent_id_idx" ON "_roadmap_sections_v_version_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "_roadmap_sections_v_version_breadcrumbs_doc_idx" ON "_roadmap_sections_v_version_breadcrumbs" USING btree ("doc_id");
  CREATE INDEX "_roadmap_sections_v_version_outputs_order_idx" ON "_roadmap_sections_v_version_outputs" USING btree ("_order");
  CREATE INDEX "_roadmap_sections_v_version_outputs_parent_id_idx" ON "_roadmap_sections_v_version_outputs" USING btree ("_parent_id");
  CREATE INDEX "_roadmap_sections_v_version_outputs_locale_idx" ON "_roadmap_sections_v_version_outputs" USING btree ("_locale");
  CREATE INDEX "_roadmap_sections_v_version_mnr_capabilities_order_idx" ON "_roadmap_sections_v_version_mnr_capabilities" USING btree ("order");
  CREATE INDEX "_roadmap_sections_v_version_mnr_capabilities_parent_idx" ON "_roadmap_sections_v_version_mnr_capabilities" USING btree ("parent_id");
  CREATE INDEX "_roadmap_sections_v_parent_idx" ON "_roadmap_sections_v" USING btree ("parent_id");
  CREATE INDEX "_roadmap_sections_v_version_version_roadmap_idx" ON "_roadmap_sections_v" USING btree ("version_roadmap_id");
  CREATE INDEX "_roadmap_sections_v_version_version_code_idx" ON "_roadmap_sections_v" USING btree ("version_code");
  CREATE INDEX "_roadmap_sections_v_version_version_parent_idx" ON "_roadmap_sections_v" USING btree ("version_parent_id");
  CREATE INDEX "_roadmap_sections_v_version_version_lead_agency_idx" ON "_roadmap_sections_v" USING btree ("version_lead_agency_id");
  CREATE INDEX "_roadmap_sections_v_version_version_progress_idx" ON "_roadmap_sections_v" USING btree ("version_progress");
  CREATE INDEX "_roadmap_sections_v_version_version_updated_at_idx" ON "_roadmap_sections_v" USING btree ("version_updated_at");
  CREATE INDEX "_roadmap_sections_v_version_version_created_at_idx" ON "_roadmap_sections_v" USING btree ("version_created_at");
  CREATE INDEX "_roadmap_sections_v_version_version_deleted_at_idx" ON "_roadmap_sections_v" USING btree ("version_deleted_at");
  CREATE INDEX "_roadmap_sections_v_version_version__status_idx" ON "_roadmap_sections_v" USING btree ("version__status");
  CREATE INDEX "_roadmap_sections_v_created_at_idx" ON "_roadmap_sections_v" USING btree ("created_at");
  CREATE INDEX "_roadmap_sections_v_updated_at_idx" ON "_roadmap_sections_v" USING btree ("updated_at");
  CREATE INDEX "_roadmap_sections_v_snapshot_idx" ON "_roadmap_sections_v" USING btree ("snapshot");
  CREATE INDEX "_roadmap_sections_v_published_locale_idx" ON "_roadmap_sections_v" USING btree ("published_locale");
  CREATE INDEX "_roadmap_sections_v_latest_idx" ON "_roadmap_sections_v" USING btree ("latest");
  CREATE INDEX "_roadmap_sections_v_autosave_idx" ON "_roadmap_sections_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_roadmap_sections_v_locales_locale_parent_id_unique" ON "_roadmap_sections_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_roadmap_sections_v_numbers_order_parent_idx" ON "_roadmap_sections_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_roadmap_sections_v_rels_order_idx" ON "_roadmap_sections_v_rels" USING btree ("order");
  CREATE INDEX "_roadmap_sections_v_rels_parent_idx" ON "_roadmap_sections_v_rels" USING btree ("parent_id");
  CREATE INDEX "_roadmap_sections_v_rels_path_idx" ON "_roadmap_sections_v_rels" USING btree ("path");
  CREATE INDEX "_roadmap_sections_v_rels_organizations_id_idx" ON "_roadmap_sections_v_rels" USING btree ("organizations_id");
  CREATE INDEX "commitments_mnr_capabilities_order_idx" ON "commitments_mnr_capabilities" USING btree ("order");
  CREATE INDEX "commitments_mnr_capabilities_parent_idx" ON "commitments_mnr_capabilities" USING btree ("parent_id");
  CREATE UNIQUE INDEX "commitments_slug_idx" ON "commitments" USING btree ("slug");
  CREATE INDEX "commitments_organization_idx" ON "commitments" USING btree ("organization_id");
  CREATE INDEX "commitments_section_idx" ON "commitments" USING btree ("section_id");
  CREATE INDEX "commitments_due_date_idx" ON "commitments" USING btree ("due_date");
  CREATE INDEX "commitments_status_idx" ON "commitments" USING btree ("status");
  CREATE INDEX "commitments_progress_idx" ON "commitments" USING btree ("progress");
  CREATE INDEX "commitments_updated_at_idx" ON "commitments" USING btree ("updated_at");
  CREATE INDEX "commitments_created_at_idx" ON "commitments" USING btree ("created_at");
  CREATE INDEX "commitments_deleted_at_idx" ON "commitments" USING btree ("deleted_at");
  CREATE INDEX "commitments__status_idx" ON "commitments" USING btree ("_status");
  CREATE UNIQUE INDEX "commitments_locales_locale_parent_id_unique" ON "commitments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_commitments_v_version_mnr_capabilities_order_idx" ON "_commitments_v_version_mnr_capabilities" USING btree ("order");
  CREATE INDEX "_commitments_v_version_mnr_capabilities_parent_idx" ON "_commitments_v_version_mnr_capabilities" USING btree ("parent_id");
  CREATE INDEX "_commitments_v_parent_idx" ON "_commitments_v" USING btree ("parent_id");
  CREATE INDEX "_commitments_v_version_version_slug_idx" ON "_commitments_v" USING btree ("version_slug");
  CREATE INDEX "_commitments_v_version_version_organization_idx" ON "_commitments_v" USING btree ("version_organization_id");
  CREATE INDEX "_commitments_v_version_version_section_idx" ON "_commitments_v" USING btree ("version_section_id");
  CREATE INDEX "_commitments_v_version_version_due_date_idx" ON "_commitments_v" USING btree ("version_due_date");
  CREATE INDEX "_commitments_v_version_version_status_idx" ON "_commitments_v" USING btree ("version_status");
  CREATE INDEX "_commitments_v_version_version_progress_idx" ON "_commitments_v" USING btree ("version_progress");
  CREATE INDEX "_commitments_v_version_version_updated_at_idx" ON "_commitments_v" USING btree ("version_updated_at");
  CREATE INDEX "_commitments_v_version_version_created_at_idx" ON "_commitments_v" USING btree ("version_created_at");
  CREATE INDEX "_commitments_v_version_version_deleted_at_idx" ON "_commitments_v" USING btree ("version_deleted_at");
  CREATE INDEX "_commitments_v_version_version__status_idx" ON "_commitments_v" USING btree ("version__status");
  CREATE INDEX "_commitments_v_created_at_idx" ON "_commitments_v" USING btree ("created_at");
  CREATE INDEX "_commitments_v_updated_at_idx" ON "_commitments_v" USING btree ("updated_at");
  CREATE INDEX "_commitments_v_snapshot_idx" ON "_commitments_v" USING btree ("snapshot");
  CREATE INDEX "_commitments_v_published_locale_idx" ON "_commitments_v" USING btree ("published_locale");
  CREATE INDEX "_commitments_v_latest_idx" ON "_commitments_v" USING btree ("latest");
  CREATE INDEX "_commitments_v_autosave_idx" ON "_commitments_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_commitments_v_locales_locale_parent_id_unique" ON "_commitments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "milestones_evidence_order_idx" ON "milestones_evidence" USING btree ("_order");
  CREATE INDEX "milestones_evidence_parent_id_idx" ON "milestones_evidence" USING btree ("_parent_id");
  CREATE INDEX "milestones_evidence_file_idx" ON "milestones_evidence" USING btree ("file_id");
  CREATE UNIQUE INDEX "milestones_evidence_locales_locale_parent_id_unique" ON "milestones_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "milestones_commitment_idx" ON "milestones" USING btree ("commitment_id");
  CREATE INDEX "milestones_organization_idx" ON "milestones" USING btree ("organization_id");
  CREATE INDEX "milestones_due_date_idx" ON "milestones" USING btree ("due_date");
  CREATE INDEX "milestones_status_idx" ON "milestones" USING btree ("status");
  CREATE INDEX "milestones_updated_at_idx" ON "milestones" USING btree ("updated_at");
  CREATE INDEX "milestones_created_at_idx" ON "milestones" USING btree ("created_at");
  CREATE INDEX "milestones_deleted_at_idx" ON "milestones" USING btree ("deleted_at");
  CREATE INDEX "milestones__status_idx" ON "milestones" USING btree ("_status");
  CREATE UNIQUE INDEX "milestones_locales_locale_parent_id_unique" ON "milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_milestones_v_version_evidence_order_idx" ON "_milestones_v_version_evidence" USING btree ("_order");
  CREATE INDEX "_milestones_v_version_evidence_parent_id_idx" ON "_milestones_v_version_evidence" USING btree ("_parent_id");
  CREATE INDEX "_milestones_v_version_evidence_file_idx" ON "_milestones_v_version_evidence" USING btree ("file_id");
  CREATE UNIQUE INDEX "_milestones_v_version_evidence_locales_locale_parent_id_uniq" ON "_milestones_v_version_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_milestones_v_parent_idx" ON "_milestones_v" USING btree ("parent_id");
  CREATE INDEX "_milestones_v_version_version_commitment_idx" ON "_milestones_v" USING btree ("version_commitment_id");
  CREATE INDEX "_milestones_v_version_version_organization_idx" ON "_milestones_v" USING btree ("version_organization_id");
  CREATE INDEX "_milestones_v_version_version_due_date_idx" ON "_milestones_v" USING btree ("version_due_date");
  CREATE INDEX "_milestones_v_version_version_status_idx" ON "_milestones_v" USING btree ("version_status");
  CREATE INDEX "_milestones_v_version_version_updated_at_idx" ON "_milestones_v" USING btree ("version_updated_at");
  CREATE INDEX "_milestones_v_version_version_created_at_idx" ON "_milestones_v" USING btree ("version_created_at");
  CREATE INDEX "_milestones_v_version_version_deleted_at_idx" ON "_milestones_v" USING btree ("version_deleted_at");
  CREATE INDEX "_milestones_v_version_version__status_idx" ON "_milestones_v" USING btree ("version__status");
  CREATE INDEX "_milestones_v_created_at_idx" ON "_milestones_v" USING btree ("created_at");
  CREATE INDEX "_milestones_v_updated_at_idx" ON "_milestones_v" USING btree ("updated_at");
  CREATE INDEX "_milestones_v_snapshot_idx" ON "_milestones_v" USING btree ("snapshot");
  CREATE INDEX "_milestones_v_published_locale_idx" ON "_milestones_v" USING btree ("published_locale");
  CREATE INDEX "_milestones_v_latest_idx" ON "_milestones_v" USING btree ("latest");
  CREATE INDEX "_milestones_v_autosave_idx" ON "_milestones_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_milestones_v_locales_locale_parent_id_unique" ON "_milestones_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "progress_reports_commitment_idx" ON "progress_reports" USING btree ("commitment_id");
  CREATE INDEX "progress_reports_organization_idx" ON "progress_reports" USING btree ("organization_id");
  CREATE INDEX "progress_reports_period_end_idx" ON "progress_reports" USING btree ("period_end");
  CREATE INDEX "progress_reports_review_status_idx" ON "progress_reports" USING btree ("review_status");
  CREATE INDEX "progress_reports_updated_at_idx" ON "progress_reports" USING btree ("updated_at");
  CREATE INDEX "progress_reports_created_at_idx" ON "progress_reports" USING btree ("created_at");
  CREATE INDEX "progress_reports_deleted_at_idx" ON "progress_reports" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "progress_reports_locales_locale_parent_id_unique" ON "progress_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "progress_reports_rels_order_idx" ON "progress_reports_rels" USING btree ("order");
  CREATE INDEX "progress_reports_rels_parent_idx" ON "progress_reports_rels" USING btree ("parent_id");
  CREATE INDEX "progress_reports_rels_path_idx" ON "progress_reports_rels" USING btree ("path");
  CREATE INDEX "progress_reports_rels_media_id_idx" ON "progress_reports_rels" USING btree ("media_id");
  CREATE INDEX "indicators_values_order_idx" ON "indicators_values" USING btree ("_order");
  CREATE INDEX "indicators_values_parent_id_idx" ON "indicators_values" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "indicators_values_locales_locale_parent_id_unique" ON "indicators_values_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "indicators_code_idx" ON "indicators" USING btree ("code");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "indicators_deleted_at_idx" ON "indicators" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "indicators_locales_locale_parent_id_unique" ON "indicators_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_logo_idx" ON "organizations" USING btree ("logo_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "organizations_deleted_at_idx" ON "organizations" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE INDEX "media_deleted_at_idx" ON "media" USING btree ("deleted_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_roadmaps_id_idx" ON "payload_locked_documents_rels" USING btree ("roadmaps_id");
  CREATE INDEX "payload_locked_documents_rels_roadmap_sections_id_idx" ON "payload_locked_documents_rels" USING btree ("roadmap_sections_id");
  CREATE INDEX "payload_locked_documents_rels_commitments_id_idx" ON "payload_locked_documents_rels" USING btree ("commitments_id");
  CREATE INDEX "payload_locked_documents_rels_milestones_id_idx" ON "payload_locked_documents_rels" USING btree ("milestones_id");
  CREATE INDEX "payload_locked_documents_rels_progress_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("progress_reports_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "roadmaps" CASCADE;
  DROP TABLE "roadmaps_locales" CASCADE;
  DROP TABLE "_roadmaps_v" CASCADE;
  DROP TABLE "_roadmaps_v_locales" CASCADE;
  DROP TABLE "roadmap_sections_breadcrumbs" CASCADE;
  DROP TABLE "roadmap_sections_outputs" CASCADE;
  DROP TABLE "roadmap_sections_mnr_capabilities" CASCADE;
  DROP TABLE "roadmap_sections" CASCADE;
  DROP TABLE "roadmap_sections_locales" CASCADE;
  DROP TABLE "roadmap_sections_numbers" CASCADE;
  DROP TABLE "roadmap_sections_rels" CASCADE;
  DROP TABLE "_roadmap_sections_v_version_breadcrumbs" CASCADE;
  DROP TABLE "_roadmap_sections_v_version_outputs" CASCADE;
  DROP TABLE "_roadmap_sections_v_version_mnr_capabilities" CASCADE;
  DROP TABLE "_roadmap_sections_v" CASCADE;
  DROP TABLE "_roadmap_sections_v_locales" CASCADE;
  DROP TABLE "_roadmap_sections_v_numbers" CASCADE;
  DROP TABLE "_roadmap_sections_v_rels" CASCADE;
  DROP TABLE "commitments_mnr_capabilities" CASCADE;
  DROP TABLE "commitments" CASCADE;
  DROP TABLE "commitments_locales" CASCADE;
  DROP TABLE "_commitments_v_version_mnr_capabilities" CASCADE;
  DROP TABLE "_commitments_v" CASCADE;
  DROP TABLE "_commitments_v_locales" CASCADE;
  DROP TABLE "milestones_evidence" CASCADE;
  DROP TABLE "milestones_evidence_locales" CASCADE;
  DROP TABLE "milestones" CASCADE;
  DROP TABLE "milestones_locales" CASCADE;
  DROP TABLE "_milestones_v_version_evidence" CASCADE;
  DROP TABLE "_milestones_v_version_evidence_locales" CASCADE;
  DROP TABLE "_milestones_v" CASCADE;
  DROP TABLE "_milestones_v_locales" CASCADE;
  DROP TABLE "progress_reports" CASCADE;
  DROP TABLE "progress_reports_locales" CASCADE;
  DROP TABLE "progress_reports_rels" CASCADE;
  DROP TABLE "indicators_values" CASCADE;
  DROP TABLE "indicators_values_locales" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "indicators_locales" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_roadmaps_roadmap_status";
  DROP TYPE "public"."enum_roadmaps_status";
  DROP TYPE "public"."enum__roadmaps_v_version_status";
  DROP TYPE "public"."enum__roadmaps_v_published_locale";
  DROP TYPE "public"."enum_sections_mnr";
  DROP TYPE "public"."enum_roadmap_sections_kind";
  DROP TYPE "public"."enum_roadmap_sections_status";
  DROP TYPE "public"."enum__roadmap_sections_v_version_kind";
  DROP TYPE "public"."enum__roadmap_sections_v_version_status";
  DROP TYPE "public"."enum__roadmap_sections_v_published_locale";
  DROP TYPE "public"."enum_commitments_mnr";
  DROP TYPE "public"."enum_commitments_role";
  DROP TYPE "public"."enum_commitments_commitment_status";
  DROP TYPE "public"."enum_commitments_completion";
  DROP TYPE "public"."enum_commitments_status";
  DROP TYPE "public"."enum__commitments_v_version_role";
  DROP TYPE "public"."enum__commitments_v_version_completion";
  DROP TYPE "public"."enum__commitments_v_version_status";
  DROP TYPE "public"."enum__commitments_v_published_locale";
  DROP TYPE "public"."enum_milestones_milestone_status";
  DROP TYPE "public"."enum_milestones_status";
  DROP TYPE "public"."enum__milestones_v_version_status";
  DROP TYPE "public"."enum__milestones_v_published_locale";
  DROP TYPE "public"."enum_progress_reports_review_status";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_users_roles";`)
}
