CREATE TYPE "public"."agrement_source" AS ENUM('ceres', 'valce');--> statement-breakpoint
CREATE TYPE "public"."agrement_statut" AS ENUM('en_instruction', 'acceptee', 'refusee', 'retiree');--> statement-breakpoint
CREATE TABLE "agrements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"titre_version_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"statut" "agrement_statut" DEFAULT 'en_instruction' NOT NULL,
	"date_decision" date,
	"valid_from" date,
	"valid_to" date,
	"motif" text,
	"source" "agrement_source" DEFAULT 'ceres' NOT NULL,
	"legacy_ref" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "centre_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"type_centre" text,
	"valid_from" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"libelle" text NOT NULL,
	"adresse" text NOT NULL,
	"code_postal" text NOT NULL,
	"commune_code" text NOT NULL,
	"commune_nom" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "type_centre" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "reseaux" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "representant_civilite" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "representant_nom" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "representant_prenom" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "representant_fonction" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "representant_email" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "representant_telephone" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "agrements" ADD CONSTRAINT "agrements_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrements" ADD CONSTRAINT "agrements_titre_version_id_titre_versions_id_fk" FOREIGN KEY ("titre_version_id") REFERENCES "public"."titre_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrements" ADD CONSTRAINT "agrements_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_types" ADD CONSTRAINT "centre_types_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agrements_centre_idx" ON "agrements" USING btree ("centre_id","statut");--> statement-breakpoint
CREATE INDEX "agrements_version_idx" ON "agrements" USING btree ("titre_version_id","statut","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "agrements_site_idx" ON "agrements" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agrements_legacy_ref_unique" ON "agrements" USING btree ("legacy_ref");--> statement-breakpoint
CREATE INDEX "centre_types_centre_idx" ON "centre_types" USING btree ("centre_id","valid_from");--> statement-breakpoint
CREATE INDEX "sites_centre_idx" ON "sites" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "centres_type_idx" ON "centres" USING btree ("type_centre");--> statement-breakpoint
CREATE INDEX "centres_reseaux_idx" ON "centres" USING gin ("reseaux");--> statement-breakpoint
CREATE INDEX "centres_raison_sociale_trgm_idx" ON "centres" USING gin (immutable_unaccent(lower("raison_sociale")) gin_trgm_ops);