// What our session and token carry: who the person is (staff: firm and role; portal person: their clients).
import type { DefaultSession } from "next-auth";

type Audience = "staff" | "portal" | null;

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      kind: Audience;
      firmId: string | null;
      role: string | null;
      clientIds: string[];
      signedInAt: number;
    };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    kind?: Audience;
    firmId?: string | null;
    role?: string | null;
    clientIds?: string[];
    signedInAt?: number;
  }
}
