// Signs soak users in through Auth.js over HTTP: staff with e-mail + password, authorized persons by magic link.
import type { PrismaClient } from "@/server/generated/prisma/client";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { HttpError, Session } from "./http";

async function csrfToken(session: Session): Promise<string> {
  const res = await session.request("/api/auth/csrf");
  if (res.status !== 200) throw new HttpError(`/api/auth/csrf answered ${res.status}`, res.status);
  const { csrfToken: token } = (await res.json()) as { csrfToken: string };
  return token;
}

function form(fields: Record<string, string>): { method: string; body: string; contentType: string } {
  return { method: "POST", body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded" };
}

export async function signInStaff(baseUrl: string, email: string): Promise<Session> {
  const session = new Session(baseUrl, email);
  const token = await csrfToken(session);
  const res = await session.request("/api/auth/callback/credentials", form({ email, password: DEMO_PASSWORD, csrfToken: token, callbackUrl: `${baseUrl}/office` }));
  await res.arrayBuffer();
  if (!session.hasSessionCookie()) throw new Error(`staff sign-in of ${email} failed: ${res.status} ${res.headers.get("location") ?? ""}`);
  return session;
}

/** Asks Auth.js for a magic link, takes the link from the outbox row (the app keeps mail locally), and opens it. */
export async function signInPerson(baseUrl: string, email: string, db: PrismaClient): Promise<Session> {
  const session = new Session(baseUrl, email);
  const token = await csrfToken(session);
  const asked = new Date(Date.now() - 1000);
  const res = await session.request("/api/auth/signin/resend", form({ email, csrfToken: token, callbackUrl: `${baseUrl}/portal` }));
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`magic link request for ${email} answered ${res.status}`);
  let url: string | null = null;
  for (let tries = 0; !url && tries < 100; tries++) {
    const row = await db.emailOutbox.findFirst({ where: { recipient: email, template: "magic-link", createdAt: { gte: asked } }, orderBy: { createdAt: "desc" }, select: { data: true } });
    const data = row?.data as { url?: string } | null | undefined;
    url = data?.url ?? null;
    if (!url) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!url) throw new Error(`no magic link for ${email} in the outbox`);
  const opened = await session.request(url);
  await opened.arrayBuffer();
  if (!session.hasSessionCookie()) throw new Error(`magic link of ${email} did not sign in: ${opened.status} ${opened.headers.get("location") ?? ""}`);
  return session;
}

/** Runs `make` for every item with at most `concurrency` at once, keeping the order. */
export async function inBatches<T, R>(items: T[], concurrency: number, make: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await make(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
