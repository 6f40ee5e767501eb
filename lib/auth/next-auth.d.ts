import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; authSessionId?: string; signedInAt?: number } & DefaultSession["user"];
  }
}
