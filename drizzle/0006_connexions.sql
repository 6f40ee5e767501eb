CREATE TABLE "sign_in_failures" (
	"user_id" uuid NOT NULL,
	"ip" text NOT NULL,
	"failed_count" integer NOT NULL,
	"first_failed_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "sign_in_failures_user_id_ip_pk" PRIMARY KEY("user_id","ip")
);
--> statement-breakpoint
CREATE TABLE "sign_in_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "revoked_sessions" RENAME TO "revoked_auth_sessions";--> statement-breakpoint
ALTER TABLE "revoked_auth_sessions" RENAME COLUMN "sid" TO "auth_session_id";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "auth_sessions_valid_from" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_in_failures" ADD CONSTRAINT "sign_in_failures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_failures_locked_idx" ON "sign_in_failures" USING btree ("user_id","locked_until");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_login_count";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "first_failed_login_at";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";