// Auth.js v5: staff sign in with e-mail + password; authorized persons by magic link (Resend provider id `resend`).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { z } from "zod";
import { db } from "@/server/db";
import { loadActor } from "./actor";
import { sessionUser } from "./session";
import { verifyPassword } from "./password";
import { isKnownPortalEmail, sendMagicLink } from "./magic-link";
import { markSignedIn } from "@/server/portal/portal.service";
import { clientIp, hitRateLimit, peekRateLimit, refundRateLimit, type RateHit } from "@/server/rate-limit/rate-limit";
import { rateKey } from "@/server/rate-limit/rules";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

const credentialsInput = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

/** Too many failed staff sign-ins for this e-mail or address: says nothing about whether the account exists. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = "too_many";
  constructor(readonly retryAt: Date) {
    super();
  }
}

/**
 * Staff password check; any failure is the same neutral error. Limits are shared by all instances through the
 * database: every attempt counts against its e-mail (atomically, so parallel guesses cannot slip past) and a success
 * gives it back; the address counts failures only, so many colleagues signing in behind one NAT are never refused.
 */
async function authorizeStaff(raw: unknown, request: Request) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) throw new CredentialsSignin();
  const { email, password } = parsed.data;
  const perEmail = rateKey("staffSignInPerEmail", email)!;
  const perIp = rateKey("staffSignInPerIp", clientIp(request.headers));
  const checks: RateHit[] = [await hitRateLimit(...perEmail)];
  if (perIp) checks.push(await peekRateLimit(...perIp));
  const refused = checks.filter((check) => !check.allowed);
  if (refused.length) throw new TooManySignInAttempts(new Date(Math.max(...refused.map((check) => check.resetAt.getTime()))));
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, staffMember: { select: { active: true, passwordHash: true } } },
  });
  const staff = user?.staffMember;
  const ok = await verifyPassword(staff?.passwordHash, password);
  if (!user || !staff || !staff.active || !ok) {
    if (perIp) await hitRateLimit(...perIp);
    throw new CredentialsSignin();
  }
  await refundRateLimit(...perEmail);
  return { id: user.id, email: user.email, name: user.name };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  providers: [
    Credentials({ id: "credentials", credentials: { email: {}, password: {} }, authorize: authorizeStaff }),
    Resend({
      id: "resend",
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      apiKey: "outbox",
      normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
      sendVerificationRequest: sendMagicLink,
    }),
  ],
  events: {
    signIn: async ({ user }) => (user.id ? markSignedIn(user.id) : undefined),
  },
  callbacks: {
    async signIn({ user, account, email }) {
      // Sending: every address gets the same answer (sendMagicLink mails known persons only).
      // Using the link: the person must still be a non-revoked authorized person.
      if (account?.provider === "resend" && !email?.verificationRequest) return isKnownPortalEmail(user.email ?? "");
      return true;
    },
    async jwt({ token, user }) {
      if (user?.id) {
        const actor = await loadActor(user.id);
        token.sub = user.id;
        token.signedInAt = Date.now();
        token.kind = actor?.kind ?? null;
        token.firmId = actor?.kind === "staff" ? actor.firmId : null;
        token.role = actor?.kind === "staff" ? actor.role : null;
        token.clientIds = actor?.kind === "portal" ? actor.memberships.map((m) => m.clientId) : [];
      }
      return token;
    },
    session({ session, token }) {
      Object.assign(session.user, sessionUser(token));
      return session;
    },
  },
});
