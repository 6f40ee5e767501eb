CREATE TYPE "public"."jure_lien_type" AS ENUM('salarie', 'formateur', 'autre');--> statement-breakpoint
CREATE TABLE "habilitation_periodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"habilitation_id" uuid NOT NULL,
	"jure_id" uuid NOT NULL,
	"titre_version_id" uuid NOT NULL,
	"date_debut" date NOT NULL,
	"date_fin" date NOT NULL,
	"derogation_motif" text,
	"derogation_criteres" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habilitation_periodes_dates" CHECK ("habilitation_periodes"."date_fin" >= "habilitation_periodes"."date_debut")
);
--> statement-breakpoint
CREATE TABLE "habilitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jure_id" uuid NOT NULL,
	"titre_version_id" uuid NOT NULL,
	"date_debut_emploi" date,
	"date_derniere_occupation" date,
	"date_professionnalisation" date,
	"commentaires" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habilitations_jure_version_unique" UNIQUE("jure_id","titre_version_id"),
	CONSTRAINT "habilitations_identite_unique" UNIQUE("id","jure_id","titre_version_id")
);
--> statement-breakpoint
CREATE TABLE "jure_centre_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jure_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"type" "jure_lien_type" NOT NULL,
	"precision" text,
	"date_debut" date NOT NULL,
	"date_fin" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jure_centre_links_dates" CHECK ("jure_centre_links"."date_fin" is null or "jure_centre_links"."date_fin" >= "jure_centre_links"."date_debut")
);
--> statement-breakpoint
CREATE TABLE "jures" (
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
	"residence_commune_code" text NOT NULL,
	"residence_commune_nom" text NOT NULL,
	"residence_departement_code" text NOT NULL,
	"residence_region_code" text NOT NULL,
	"email" text,
	"telephone" text,
	"employeur_raison_sociale" text,
	"employeur_siret" text,
	"nom_naissance_normalise" text NOT NULL,
	"prenoms_normalises" text NOT NULL,
	"nom_recherche" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jures_civilite" CHECK ("jures"."civilite" in ('Madame', 'Monsieur')),
	CONSTRAINT "jures_lieu_naissance" CHECK (("jures"."naissance_commune_code" is not null and "jures"."naissance_commune_nom" is not null and "jures"."naissance_pays_code" is null and "jures"."naissance_ville" is null)
       or ("jures"."naissance_commune_code" is null and "jures"."naissance_commune_nom" is null and "jures"."naissance_pays_code" is not null and "jures"."naissance_ville" is not null)),
	CONSTRAINT "jures_siret_format" CHECK ("jures"."employeur_siret" ~ '^[0-9]{14}$')
);
--> statement-breakpoint
ALTER TABLE "habilitation_periodes" ADD CONSTRAINT "habilitation_periodes_habilitation_fk" FOREIGN KEY ("habilitation_id","jure_id","titre_version_id") REFERENCES "public"."habilitations"("id","jure_id","titre_version_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habilitations" ADD CONSTRAINT "habilitations_jure_id_jures_id_fk" FOREIGN KEY ("jure_id") REFERENCES "public"."jures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habilitations" ADD CONSTRAINT "habilitations_titre_version_id_titre_versions_id_fk" FOREIGN KEY ("titre_version_id") REFERENCES "public"."titre_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jure_centre_links" ADD CONSTRAINT "jure_centre_links_jure_id_jures_id_fk" FOREIGN KEY ("jure_id") REFERENCES "public"."jures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jure_centre_links" ADD CONSTRAINT "jure_centre_links_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jures" ADD CONSTRAINT "jures_naissance_pays_code_pays_code_fk" FOREIGN KEY ("naissance_pays_code") REFERENCES "public"."pays"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jures" ADD CONSTRAINT "jures_residence_departement_code_departements_code_fk" FOREIGN KEY ("residence_departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jures" ADD CONSTRAINT "jures_residence_region_code_regions_code_fk" FOREIGN KEY ("residence_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "habilitation_periodes_habilitation_idx" ON "habilitation_periodes" USING btree ("habilitation_id","date_debut");--> statement-breakpoint
CREATE INDEX "habilitation_periodes_version_idx" ON "habilitation_periodes" USING btree ("titre_version_id","date_fin","date_debut","jure_id");--> statement-breakpoint
CREATE INDEX "habilitation_periodes_jure_idx" ON "habilitation_periodes" USING btree ("jure_id","titre_version_id","date_fin");--> statement-breakpoint
CREATE INDEX "habilitations_version_idx" ON "habilitations" USING btree ("titre_version_id","jure_id");--> statement-breakpoint
CREATE INDEX "jure_centre_links_centre_idx" ON "jure_centre_links" USING btree ("centre_id","date_debut","date_fin","jure_id");--> statement-breakpoint
CREATE INDEX "jure_centre_links_jure_idx" ON "jure_centre_links" USING btree ("jure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jures_identite_unique" ON "jures" USING btree ("nom_naissance_normalise","prenoms_normalises","date_naissance");--> statement-breakpoint
CREATE INDEX "jures_tri_idx" ON "jures" USING btree (lower(coalesce("nom_usage", "nom_naissance")),lower("prenoms"),"id");--> statement-breakpoint
CREATE INDEX "jures_departement_tri_idx" ON "jures" USING btree ("residence_departement_code",lower(coalesce("nom_usage", "nom_naissance")),lower("prenoms"),"id");--> statement-breakpoint
CREATE INDEX "jures_region_tri_idx" ON "jures" USING btree ("residence_region_code",lower(coalesce("nom_usage", "nom_naissance")),lower("prenoms"),"id");--> statement-breakpoint
CREATE INDEX "jures_recherche_trgm_idx" ON "jures" USING gin ("nom_recherche" gin_trgm_ops);