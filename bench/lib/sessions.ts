// Signing in over HTTP like a browser: staff through Auth.js credentials, portal persons through a magic link read from the outbox.
import pg from "pg";

/** The cookies a browser would keep for one origin (name -> value), from Set-Cookie headers. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((name) => name.startsWith(prefix));
  }
}

async function request(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
  jar.store(response);
  return response;
}

async function csrf(baseUrl: string, jar: CookieJar): Promise<string> {
  const response = await request(jar, `${baseUrl}/api/auth/csrf`);
  const body = (await response.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new Error("no CSRF token from /api/auth/csrf");
  return body.csrfToken;
}

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** A staff session through the real credentials flow; the jar holds the session cookie. */
export async function signInStaff(baseUrl: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfToken = await csrf(baseUrl, jar);
  await request(jar, `${baseUrl}/api/auth/callback/credentials`, form({ csrfToken, email, password, callbackUrl: `${baseUrl}/office` }));
  if (!jar.has("authjs.session-token")) throw new Error(`staff sign-in of ${email} gave no session cookie`);
  return jar;
}

/** A portal session: asks Auth.js for a magic link, takes it from the local outbox (no Resend key) and follows it. */
export async function signInPortal(baseUrl: string, databaseUrl: string, email: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfToken = await csrf(baseUrl, jar);
  const askedAt = new Date(Date.now() - 1000);
  await request(jar, `${baseUrl}/api/auth/signin/resend`, form({ csrfToken, email, callbackUrl: `${baseUrl}/portal` }));
  const link = await magicLinkFromOutbox(databaseUrl, email, askedAt);
  await request(jar, link);
  if (!jar.has("authjs.session-token")) throw new Error(`portal sign-in of ${email} gave no session cookie`);
  return jar;
}

async function magicLinkFromOutbox(databaseUrl: string, email: string, since: Date): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const row = await client.query<{ url: string }>(
        `SELECT data->>'url' AS url FROM "EmailOutbox" WHERE recipient = $1 AND template = 'magic-link' AND "createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') ORDER BY "createdAt" DESC LIMIT 1`,
        [email, since],
      );
      if (row.rows[0]?.url) return row.rows[0].url;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no magic link for ${email} in the outbox`);
  } finally {
    await client.end();
  }
}
