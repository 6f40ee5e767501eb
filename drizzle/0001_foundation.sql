CREATE TYPE "public"."user_role" AS ENUM('national', 'regional', 'centre');--> statement-breakpoint
CREATE TABLE "departements" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "centres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siret" text NOT NULL,
	"raison_sociale" text NOT NULL,
	"adresse" text NOT NULL,
	"code_postal" text NOT NULL,
	"commune_code" text NOT NULL,
	"commune_nom" text NOT NULL,
	"region_code" text NOT NULL,
	"departement_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centres_siret_unique" UNIQUE("siret")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"prenom" text NOT NULL,
	"nom" text NOT NULL,
	"role" "user_role" NOT NULL,
	"region_code" text,
	"departement_code" text,
	"centre_id" uuid,
	"password_hash" text,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"first_failed_login_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_scope_check" CHECK (("users"."role" = 'national' and "users"."region_code" is null and "users"."departement_code" is null and "users"."centre_id" is null)
       or ("users"."role" = 'regional' and "users"."region_code" is not null and "users"."centre_id" is null)
       or ("users"."role" = 'centre' and "users"."centre_id" is not null and "users"."region_code" is null and "users"."departement_code" is null))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"actor_label" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "departements" ADD CONSTRAINT "departements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centres" ADD CONSTRAINT "centres_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centres" ADD CONSTRAINT "centres_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centres_region_idx" ON "centres" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "centres_departement_idx" ON "centres" USING btree ("departement_code");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_oidc_subject_unique" ON "users" USING btree ("oidc_subject");--> statement-breakpoint
CREATE INDEX "users_nom_idx" ON "users" USING btree ("nom","prenom");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","occurred_at");