CREATE TYPE "public"."decision_resultat" AS ENUM('titre_obtenu', 'partiel', 'ajourne', 'absent');--> statement-breakpoint
CREATE TYPE "public"."issue_ccp" AS ENUM('acquis', 'non_acquis', 'non_presente');--> statement-breakpoint
CREATE TYPE "public"."presence_candidat" AS ENUM('present', 'absent');--> statement-breakpoint
CREATE TYPE "public"."parchemin_impression_motif" AS ENUM('original', 'duplicata', 'perte');--> statement-breakpoint
CREATE TYPE "public"."parchemin_statut" AS ENUM('valide', 'annule');--> statement-breakpoint
CREATE TABLE "livrets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inscription_id" uuid NOT NULL,
	"delivre_le" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "livrets_inscription_id_unique" UNIQUE("inscription_id")
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inscription_id" uuid NOT NULL,
	"motif" text NOT NULL,
	"avant" jsonb NOT NULL,
	"apres" jsonb NOT NULL,
	"rectifie_par" uuid,
	"rectifie_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectifications_motif" CHECK (length(trim("rectifications"."motif")) > 0)
);
--> statement-breakpoint
CREATE TABLE "resultat_ccps" (
	"inscription_id" uuid NOT NULL,
	"ccp_id" uuid NOT NULL,
	"issue" "issue_ccp" NOT NULL,
	CONSTRAINT "resultat_ccps_inscription_id_ccp_id_pk" PRIMARY KEY("inscription_id","ccp_id")
);
--> statement-breakpoint
CREATE TABLE "resultats" (
	"inscription_id" uuid PRIMARY KEY NOT NULL,
	"presence" "presence_candidat",
	"decision" "decision_resultat",
	"saisi_par" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resultats_absent_coherent" CHECK ("resultats"."presence" is distinct from 'absent' or "resultats"."decision" is null or "resultats"."decision" = 'absent')
);
--> statement-breakpoint
CREATE TABLE "session_pvs" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"nom_fichier" text NOT NULL,
	"taille" integer NOT NULL,
	"contenu" "bytea" NOT NULL,
	"depose_par" uuid,
	"depose_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parchemin_impressions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parchemin_id" uuid NOT NULL,
	"motif" "parchemin_impression_motif" NOT NULL,
	"commentaire" text,
	"imprime_par" uuid,
	"imprime_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parchemin_lien_usages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lien_id" uuid NOT NULL,
	"utilise_at" timestamp with time zone DEFAULT now() NOT NULL,
	"adresse_ip" text
);
--> statement-breakpoint
CREATE TABLE "parchemin_liens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parchemin_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"destinataire" text,
	"expire_at" timestamp with time zone NOT NULL,
	"revoque_at" timestamp with time zone,
	"revoque_par" uuid,
	"cree_par" uuid,
	"cree_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parchemin_liens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "parchemins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inscription_id" uuid NOT NULL,
	"numero" text,
	"delivre_le" date NOT NULL,
	"departement_code" text NOT NULL,
	"lieu_delivrance_code" text NOT NULL,
	"lieu_delivrance_nom" text NOT NULL,
	"titre_code" text NOT NULL,
	"titre_intitule" text NOT NULL,
	"niveau" integer,
	"nsf_code" text NOT NULL,
	"rncp" text,
	"statut" "parchemin_statut" DEFAULT 'valide' NOT NULL,
	"annule_at" timestamp with time zone,
	"annule_par" uuid,
	"motif_annulation" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parchemins_numero_unique" UNIQUE("numero"),
	CONSTRAINT "parchemins_numero_format" CHECK ("parchemins"."numero" ~ '^[0-9A-HJKMNP-TV-Z]{11}$'),
	CONSTRAINT "parchemins_annulation" CHECK (("parchemins"."statut" = 'valide') = ("parchemins"."annule_at" is null) and ("parchemins"."statut" = 'valide' or "parchemins"."motif_annulation" is not null))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "transmise_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "validee_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "validee_par" uuid;--> statement-breakpoint
ALTER TABLE "livrets" ADD CONSTRAINT "livrets_inscription_id_inscriptions_id_fk" FOREIGN KEY ("inscription_id") REFERENCES "public"."inscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_inscription_id_inscriptions_id_fk" FOREIGN KEY ("inscription_id") REFERENCES "public"."inscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_rectifie_par_users_id_fk" FOREIGN KEY ("rectifie_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultat_ccps" ADD CONSTRAINT "resultat_ccps_inscription_id_resultats_inscription_id_fk" FOREIGN KEY ("inscription_id") REFERENCES "public"."resultats"("inscription_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultat_ccps" ADD CONSTRAINT "resultat_ccps_ccp_id_ccps_id_fk" FOREIGN KEY ("ccp_id") REFERENCES "public"."ccps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultats" ADD CONSTRAINT "resultats_inscription_id_inscriptions_id_fk" FOREIGN KEY ("inscription_id") REFERENCES "public"."inscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resultats" ADD CONSTRAINT "resultats_saisi_par_users_id_fk" FOREIGN KEY ("saisi_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_pvs" ADD CONSTRAINT "session_pvs_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_pvs" ADD CONSTRAINT "session_pvs_depose_par_users_id_fk" FOREIGN KEY ("depose_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemin_impressions" ADD CONSTRAINT "parchemin_impressions_parchemin_id_parchemins_id_fk" FOREIGN KEY ("parchemin_id") REFERENCES "public"."parchemins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemin_impressions" ADD CONSTRAINT "parchemin_impressions_imprime_par_users_id_fk" FOREIGN KEY ("imprime_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemin_lien_usages" ADD CONSTRAINT "parchemin_lien_usages_lien_id_parchemin_liens_id_fk" FOREIGN KEY ("lien_id") REFERENCES "public"."parchemin_liens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemin_liens" ADD CONSTRAINT "parchemin_liens_parchemin_id_parchemins_id_fk" FOREIGN KEY ("parchemin_id") REFERENCES "public"."parchemins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemin_liens" ADD CONSTRAINT "parchemin_liens_revoque_par_users_id_fk" FOREIGN KEY ("revoque_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemin_liens" ADD CONSTRAINT "parchemin_liens_cree_par_users_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemins" ADD CONSTRAINT "parchemins_inscription_id_inscriptions_id_fk" FOREIGN KEY ("inscription_id") REFERENCES "public"."inscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemins" ADD CONSTRAINT "parchemins_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parchemins" ADD CONSTRAINT "parchemins_annule_par_users_id_fk" FOREIGN KEY ("annule_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "livrets_delivre_idx" ON "livrets" USING btree ("delivre_le");--> statement-breakpoint
CREATE INDEX "rectifications_inscription_idx" ON "rectifications" USING btree ("inscription_id");--> statement-breakpoint
CREATE INDEX "resultat_ccps_ccp_idx" ON "resultat_ccps" USING btree ("ccp_id");--> statement-breakpoint
CREATE INDEX "parchemin_impressions_parchemin_idx" ON "parchemin_impressions" USING btree ("parchemin_id","imprime_at");--> statement-breakpoint
CREATE INDEX "parchemin_lien_usages_lien_idx" ON "parchemin_lien_usages" USING btree ("lien_id","utilise_at");--> statement-breakpoint
CREATE INDEX "parchemin_liens_parchemin_idx" ON "parchemin_liens" USING btree ("parchemin_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parchemins_inscription_valide_unique" ON "parchemins" USING btree ("inscription_id") WHERE "parchemins"."statut" = 'valide';--> statement-breakpoint
CREATE INDEX "parchemins_inscription_idx" ON "parchemins" USING btree ("inscription_id");--> statement-breakpoint
CREATE INDEX "parchemins_delivre_idx" ON "parchemins" USING btree ("delivre_le");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_validee_par_users_id_fk" FOREIGN KEY ("validee_par") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_a_valider_idx" ON "sessions" USING btree ("departement_code","transmise_at") WHERE "sessions"."statut" = 'transmise';