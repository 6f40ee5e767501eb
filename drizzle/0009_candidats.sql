CREATE TYPE "public"."candidat_doublon_statut" AS ENUM('a_examiner', 'ecarte', 'fusionne');--> statement-breakpoint
CREATE TYPE "public"."inscription_parcours" AS ENUM('formation_continue', 'vae', 'apprentissage', 'capitalisation');--> statement-breakpoint
CREATE TYPE "public"."doublon_scan_statut" AS ENUM('en_attente', 'en_cours', 'termine', 'echec');--> statement-breakpoint
CREATE TABLE "candidat_doublons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidat_a_id" uuid NOT NULL,
	"candidat_b_id" uuid NOT NULL,
	"score" real NOT NULL,
	"raisons" text[] NOT NULL,
	"statut" "candidat_doublon_statut" DEFAULT 'a_examiner' NOT NULL,
	"detecte_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decide_at" timestamp with time zone,
	"decide_par" uuid,
	CONSTRAINT "candidat_doublons_ordre" CHECK ("candidat_doublons"."candidat_a_id" < "candidat_doublons"."candidat_b_id")
);
--> statement-breakpoint
CREATE TABLE "candidat_fusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivant_id" uuid NOT NULL,
	"fusionne_id" uuid NOT NULL,
	"doublon_id" uuid,
	"choix" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL,
	"fusionne_par" uuid,
	"fusionne_at" timestamp with time zone DEFAULT now() NOT NULL,
	"annulee_par" uuid,
	"annulee_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "candidats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"civilite" text NOT NULL,
	"nom_naissance" text NOT NULL,
	"nom_usage" text,
	"prenoms" text NOT NULL,
	"date_naissance" date NOT NULL,
	"naissance_commune_code" text,
	"naissance_commune_nom" text,
	"naissance_pays_code" text,
	"naissance_ville" text,
	"adresse" text,
	"code_postal" text,
	"residence_commune_code" text,
	"residence_commune_nom" text,
	"residence_departement_code" text,
	"residence_region_code" text,
	"email" text,
	"telephone" text,
	"nom_naissance_normalise" text NOT NULL,
	"nom_usage_normalise" text,
	"premier_prenom_normalise" text NOT NULL,
	"prenoms_normalises" text NOT NULL,
	"lieu_naissance_cle" text NOT NULL,
	"nom_phonetique" text NOT NULL,
	"created_by_centre_id" uuid,
	"created_by" uuid,
	"merged_into_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidats_civilite" CHECK ("candidats"."civilite" in ('Madame', 'Monsieur')),
	CONSTRAINT "candidats_lieu_naissance" CHECK (("candidats"."naissance_commune_code" is not null and "candidats"."naissance_commune_nom" is not null and "candidats"."naissance_pays_code" is null and "candidats"."naissance_ville" is null)
       or ("candidats"."naissance_commune_code" is null and "candidats"."naissance_commune_nom" is null and "candidats"."naissance_pays_code" is not null and "candidats"."naissance_ville" is not null)),
	CONSTRAINT "candidats_pas_fusionne_avec_soi" CHECK ("candidats"."merged_into_id" is null or "candidats"."merged_into_id" <> "candidats"."id")
);
--> statement-breakpoint
CREATE TABLE "doublon_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statut" "doublon_scan_statut" DEFAULT 'en_attente' NOT NULL,
	"avancement" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"paires_trouvees" integer DEFAULT 0 NOT NULL,
	"message" text,
	"lance_par" uuid,
	"lance_at" timestamp with time zone DEFAULT now() NOT NULL,
	"termine_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"candidat_id" uuid NOT NULL,
	"parcours" "inscription_parcours" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidat_doublons" ADD CONSTRAINT "candidat_doublons_candidat_a_id_candidats_id_fk" FOREIGN KEY ("candidat_a_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_doublons" ADD CONSTRAINT "candidat_doublons_candidat_b_id_candidats_id_fk" FOREIGN KEY ("candidat_b_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_doublons" ADD CONSTRAINT "candidat_doublons_decide_par_users_id_fk" FOREIGN KEY ("decide_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_fusions" ADD CONSTRAINT "candidat_fusions_survivant_id_candidats_id_fk" FOREIGN KEY ("survivant_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_fusions" ADD CONSTRAINT "candidat_fusions_fusionne_id_candidats_id_fk" FOREIGN KEY ("fusionne_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_fusions" ADD CONSTRAINT "candidat_fusions_doublon_id_candidat_doublons_id_fk" FOREIGN KEY ("doublon_id") REFERENCES "public"."candidat_doublons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_fusions" ADD CONSTRAINT "candidat_fusions_fusionne_par_users_id_fk" FOREIGN KEY ("fusionne_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidat_fusions" ADD CONSTRAINT "candidat_fusions_annulee_par_users_id_fk" FOREIGN KEY ("annulee_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_naissance_pays_code_pays_code_fk" FOREIGN KEY ("naissance_pays_code") REFERENCES "public"."pays"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_residence_departement_code_departements_code_fk" FOREIGN KEY ("residence_departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_residence_region_code_regions_code_fk" FOREIGN KEY ("residence_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_created_by_centre_id_centres_id_fk" FOREIGN KEY ("created_by_centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_merged_into_id_candidats_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doublon_scans" ADD CONSTRAINT "doublon_scans_lance_par_users_id_fk" FOREIGN KEY ("lance_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inscriptions" ADD CONSTRAINT "inscriptions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inscriptions" ADD CONSTRAINT "inscriptions_candidat_id_candidats_id_fk" FOREIGN KEY ("candidat_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inscriptions" ADD CONSTRAINT "inscriptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidat_doublons_paire_unique" ON "candidat_doublons" USING btree ("candidat_a_id","candidat_b_id");--> statement-breakpoint
CREATE INDEX "candidat_doublons_score_idx" ON "candidat_doublons" USING btree ("statut","score");--> statement-breakpoint
CREATE INDEX "candidat_doublons_b_idx" ON "candidat_doublons" USING btree ("candidat_b_id");--> statement-breakpoint
CREATE INDEX "candidat_fusions_survivant_idx" ON "candidat_fusions" USING btree ("survivant_id");--> statement-breakpoint
CREATE INDEX "candidat_fusions_fusionne_idx" ON "candidat_fusions" USING btree ("fusionne_id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidats_identite_unique" ON "candidats" USING btree ("nom_naissance_normalise","premier_prenom_normalise","date_naissance","lieu_naissance_cle") WHERE "candidats"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "candidats_naissance_idx" ON "candidats" USING btree ("date_naissance");--> statement-breakpoint
CREATE INDEX "candidats_phonetique_idx" ON "candidats" USING btree ("nom_phonetique","date_naissance");--> statement-breakpoint
CREATE INDEX "candidats_nom_trgm_idx" ON "candidats" USING gin ("nom_naissance_normalise" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "candidats_merged_idx" ON "candidats" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "candidats_centre_idx" ON "candidats" USING btree ("created_by_centre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inscriptions_session_candidat_unique" ON "inscriptions" USING btree ("session_id","candidat_id");--> statement-breakpoint
CREATE INDEX "inscriptions_candidat_idx" ON "inscriptions" USING btree ("candidat_id");