import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Auth sessions ended by "Se déconnecter". They are JWTs the server cannot delete: a request still in
 * flight at sign-out can set the cookie again, so the signed-out id is refused from then on.
 */
export const revokedAuthSessions = pgTable("revoked_auth_sessions", {
  authSessionId: text("auth_session_id").primaryKey(),
  userId: uuid("user_id").notNull(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Wrong passwords per account and per client address: the lock holds for that pair only, so a flood from
 * one address never locks the real owner signing in from another.
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ip: text("ip").notNull(),
    failedCount: integer("failed_count").notNull(),
    firstFailedAt: timestamp("first_failed_at", { withTimezone: true }).notNull(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ip] }), index("sign_in_failures_locked_idx").on(t.userId, t.lockedUntil)],
);

/** The store of `rate-limiter-flexible` (RateLimiterDrizzle) on PostgreSQL: shared by every app instance. */
export const signInRateLimits = pgTable("sign_in_rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
