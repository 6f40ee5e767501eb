CREATE TYPE "public"."commune_kind" AS ENUM('commune', 'deleguee', 'associee', 'arrondissement');--> statement-breakpoint
CREATE TABLE "ccps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"titre_version_id" uuid NOT NULL,
	"numero" integer NOT NULL,
	"libelle" text NOT NULL,
	CONSTRAINT "ccps_numero_positif" CHECK ("ccps"."numero" > 0)
);
--> statement-breakpoint
CREATE TABLE "nsf_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"libelle" text NOT NULL,
	"niveau" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "titre_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"titre_id" uuid NOT NULL,
	"millesime" text,
	"date_version" date,
	"niveau" integer,
	"rncp" text,
	"nsf_code" text,
	"fin_de_vie" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "titre_versions_identifiee" CHECK ("titre_versions"."millesime" is not null or "titre_versions"."date_version" is not null),
	CONSTRAINT "titre_versions_millesime_format" CHECK ("titre_versions"."millesime" ~ '^[0-9]{2}$'),
	CONSTRAINT "titre_versions_niveau" CHECK ("titre_versions"."niveau" between 3 and 7),
	CONSTRAINT "titre_versions_rncp_format" CHECK ("titre_versions"."rncp" ~ '^RNCP[0-9]{1,6}$'),
	CONSTRAINT "titre_versions_fin_apres_version" CHECK ("titre_versions"."fin_de_vie" > "titre_versions"."date_version")
);
--> statement-breakpoint
CREATE TABLE "titres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"intitule" text NOT NULL,
	"sigle" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "titres_code_unique" UNIQUE("code"),
	CONSTRAINT "titres_code_format" CHECK ("titres"."code" ~ '^TP-[0-9]{5}$')
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"nom" text NOT NULL,
	"kind" "commune_kind" NOT NULL,
	"departement_code" text NOT NULL,
	"region_code" text,
	"parent_code" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_precision" text,
	"end_reason" text,
	"successor_code" text,
	"postal_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"population" integer,
	"search_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pays" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL,
	"search_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "departements" ADD COLUMN "ud_commune_code" text;--> statement-breakpoint
ALTER TABLE "departements" ADD COLUMN "ud_commune_nom" text;--> statement-breakpoint
ALTER TABLE "departements" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "ccps" ADD CONSTRAINT "ccps_titre_version_id_titre_versions_id_fk" FOREIGN KEY ("titre_version_id") REFERENCES "public"."titre_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titre_versions" ADD CONSTRAINT "titre_versions_titre_id_titres_id_fk" FOREIGN KEY ("titre_id") REFERENCES "public"."titres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titre_versions" ADD CONSTRAINT "titre_versions_nsf_code_nsf_codes_code_fk" FOREIGN KEY ("nsf_code") REFERENCES "public"."nsf_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ccps_version_numero_unique" ON "ccps" USING btree ("titre_version_id","numero");--> statement-breakpoint
CREATE INDEX "titre_versions_titre_idx" ON "titre_versions" USING btree ("titre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "titre_versions_millesime_unique" ON "titre_versions" USING btree ("titre_id","millesime") WHERE "titre_versions"."millesime" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "titre_versions_date_unique" ON "titre_versions" USING btree ("titre_id","date_version") WHERE "titre_versions"."millesime" is null;--> statement-breakpoint
CREATE INDEX "communes_code_idx" ON "communes" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "communes_identite_unique" ON "communes" USING btree ("code","kind","valid_from");--> statement-breakpoint
CREATE INDEX "communes_search_trgm_idx" ON "communes" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "communes_search_prefix_idx" ON "communes" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "communes_postal_idx" ON "communes" USING gin ("postal_codes");