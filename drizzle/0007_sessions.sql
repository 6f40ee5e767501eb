CREATE TYPE "public"."session_statut" AS ENUM('brouillon', 'declaree', 'jury_constitue', 'resultats_saisis', 'transmise', 'validee', 'annulee');--> statement-breakpoint
CREATE TYPE "public"."session_type" AS ENUM('titre', 'ccp');--> statement-breakpoint
CREATE TABLE "session_ccps" (
	"session_id" uuid NOT NULL,
	"ccp_id" uuid NOT NULL,
	CONSTRAINT "session_ccps_session_id_ccp_id_pk" PRIMARY KEY("session_id","ccp_id")
);
--> statement-breakpoint
CREATE TABLE "session_jures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"jure_id" uuid NOT NULL,
	"convoque_at" timestamp with time zone DEFAULT now() NOT NULL,
	"convoque_par" uuid,
	"lettre_envoyee_at" timestamp with time zone,
	"retire_at" timestamp with time zone,
	"retire_par" uuid,
	"motif_retrait" text,
	CONSTRAINT "session_jures_retrait_motif" CHECK ("session_jures"."retire_at" is null or "session_jures"."motif_retrait" is not null)
);
--> statement-breakpoint
CREATE TABLE "session_numeros" (
	"annee" integer NOT NULL,
	"departement_code" text NOT NULL,
	"dernier" integer NOT NULL,
	CONSTRAINT "session_numeros_annee_departement_code_pk" PRIMARY KEY("annee","departement_code")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text NOT NULL,
	"centre_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"titre_version_id" uuid NOT NULL,
	"agrement_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"departement_code" text NOT NULL,
	"type" "session_type" DEFAULT 'titre' NOT NULL,
	"date_debut" date NOT NULL,
	"date_fin" date NOT NULL,
	"heure_debut" text DEFAULT '08:00' NOT NULL,
	"convocation_at" timestamp with time zone NOT NULL,
	"convocation_saisie" boolean DEFAULT false NOT NULL,
	"capacite" integer NOT NULL,
	"statut" "session_statut" DEFAULT 'brouillon' NOT NULL,
	"motif_statut" text,
	"planning_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_numero_unique" UNIQUE("numero"),
	CONSTRAINT "sessions_dates_ordre" CHECK ("sessions"."date_fin" >= "sessions"."date_debut"),
	CONSTRAINT "sessions_capacite_positive" CHECK ("sessions"."capacite" > 0),
	CONSTRAINT "sessions_heure_format" CHECK ("sessions"."heure_debut" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
ALTER TABLE "session_ccps" ADD CONSTRAINT "session_ccps_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_ccps" ADD CONSTRAINT "session_ccps_ccp_id_ccps_id_fk" FOREIGN KEY ("ccp_id") REFERENCES "public"."ccps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jures" ADD CONSTRAINT "session_jures_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jures" ADD CONSTRAINT "session_jures_jure_id_jures_id_fk" FOREIGN KEY ("jure_id") REFERENCES "public"."jures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jures" ADD CONSTRAINT "session_jures_convoque_par_users_id_fk" FOREIGN KEY ("convoque_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_jures" ADD CONSTRAINT "session_jures_retire_par_users_id_fk" FOREIGN KEY ("retire_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_titre_version_id_titre_versions_id_fk" FOREIGN KEY ("titre_version_id") REFERENCES "public"."titre_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_agrement_id_agrements_id_fk" FOREIGN KEY ("agrement_id") REFERENCES "public"."agrements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_jures_actif_unique" ON "session_jures" USING btree ("session_id","jure_id") WHERE "session_jures"."retire_at" is null;--> statement-breakpoint
CREATE INDEX "session_jures_jure_idx" ON "session_jures" USING btree ("jure_id") WHERE "session_jures"."retire_at" is null;--> statement-breakpoint
CREATE INDEX "sessions_centre_idx" ON "sessions" USING btree ("centre_id","date_debut");--> statement-breakpoint
CREATE INDEX "sessions_departement_idx" ON "sessions" USING btree ("departement_code","date_debut");--> statement-breakpoint
CREATE INDEX "sessions_region_idx" ON "sessions" USING btree ("region_code","date_debut");--> statement-breakpoint
CREATE INDEX "sessions_statut_idx" ON "sessions" USING btree ("statut","date_debut");--> statement-breakpoint
CREATE INDEX "sessions_version_idx" ON "sessions" USING btree ("titre_version_id","date_debut");--> statement-breakpoint
CREATE INDEX "sessions_date_idx" ON "sessions" USING btree ("date_debut","id");