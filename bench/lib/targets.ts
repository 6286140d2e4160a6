// The pages and procedures the benchmark drives, with the ids, search and deep cursor they need found on the running server.
import pg from "pg";
import type { Session, Target } from "./load";

export type Fixture = { staticChunk: string; clientId: string; programId: string; deepCursor: string; search: string };

const trpcInput = (json: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json }))}`;
export const SEARCH = "Вектор";
const DEEP_PAGES = 50;
/** The targets' calibration: a bare dynamic page doing one small tRPC call and one count query (served with BENCH_CALIBRATION_PAGE=1). */
export const CALIBRATION_PAGE = "calibration page (bare: 1 tRPC call, 1 count)";
/** What the benchmark's servers need: the calibration page switched on. */
export const BENCH_SERVER_ENV = { BENCH_CALIBRATION_PAGE: "1" };

async function firstRow<T extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Portal persons of clients in transition with an approved program: the «Синапс» director first. */
export async function portalEmails(databaseUrl: string, count: number): Promise<string[]> {
  const rows = await firstRow<{ email: string }>(
    databaseUrl,
    `SELECT ap.email FROM "AuthorizedPerson" ap JOIN "TransitionProgram" p ON p."clientId" = ap."clientId" AND p.status = 'APPROVED'
     WHERE ap.email LIKE '%@bench-client.test' ORDER BY ap."createdAt", ap.id LIMIT $1`,
    [count - 1],
  );
  return ["director@synaps.test", ...rows.map((r) => r.email)];
}

export async function clientIdOfPerson(databaseUrl: string, email: string): Promise<string> {
  const rows = await firstRow<{ clientId: string }>(databaseUrl, `SELECT "clientId" FROM "AuthorizedPerson" WHERE email = $1 LIMIT 1`, [email]);
  return rows[0]!.clientId;
}

/** Finds a static chunk, a client in transition with its program, and a cursor up to 50 pages deep with a full page after it (as admin). */
export async function discover(baseUrl: string, databaseUrl: string, admin: Session): Promise<Fixture> {
  const html = await (await fetch(`${baseUrl}/sign-in`)).text();
  const staticChunk = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  if (!staticChunk) throw new Error("no /_next/static chunk on the sign-in page");
  const [program] = await firstRow<{ clientId: string; id: string }>(
    databaseUrl,
    `SELECT p."clientId", p.id FROM "TransitionProgram" p JOIN "Client" c ON c.id = p."clientId" WHERE p.status = 'APPROVED' AND c.name NOT LIKE '%Синапс%' ORDER BY c.name LIMIT 1 OFFSET 3`,
  );
  if (!program) throw new Error("no approved program in the benchmark data");
  // The deepest cursor (up to 50 pages) whose page was full, i.e. had a next one: a small data set (1,000 clients end
  // before 50 pages) still gets a full page rather than the last few clients.
  let cursor: string | undefined;
  let deepest: string | undefined;
  for (let page = 0; page <= DEEP_PAGES; page++) {
    const response = await fetch(`${baseUrl}/api/trpc/office.clients.list${trpcInput({ limit: 25, cursor })}`, { headers: { cookie: admin.cookie } });
    const body = (await response.json()) as { result?: { data: { json: { nextCursor: string | null } } } };
    const next = body.result?.data.json.nextCursor;
    if (!next) break;
    if (cursor) deepest = cursor;
    cursor = next;
  }
  if (!deepest) throw new Error("could not page through the client list");
  return { staticChunk, clientId: program.clientId, programId: program.id, deepCursor: deepest, search: SEARCH };
}

export function targets(f: Fixture, s: { admin: Session[]; manager: Session[]; portal: Session[] }): Target[] {
  const fixed = (path: string) => () => path;
  return [
    { name: "static chunk (floor)", path: fixed(f.staticChunk), sessions: null, reference: true },
    { name: CALIBRATION_PAGE, path: fixed("/bench/calibration"), sessions: null, reference: true },
    { name: "sign-in page", path: fixed("/sign-in"), sessions: null },
    { name: "/office dashboard (manager)", path: fixed("/office"), sessions: s.manager },
    { name: "/office dashboard (admin)", path: fixed("/office"), sessions: s.admin },
    { name: "/office/clients first page (manager)", path: fixed("/office/clients"), sessions: s.manager },
    { name: "/office/clients first page (admin)", path: fixed("/office/clients"), sessions: s.admin },
    { name: `/office/clients?q=${f.search} (admin)`, path: fixed(`/office/clients?q=${encodeURIComponent(f.search)}`), sessions: s.admin },
    { name: "/office/clients deep cursor (admin)", path: fixed(`/office/clients?cursor=${f.deepCursor}`), sessions: s.admin },
    { name: "client card (admin)", path: fixed(`/office/clients/${f.clientId}`), sessions: s.admin },
    { name: "/office/outbox (admin)", path: fixed("/office/outbox"), sessions: s.admin },
    { name: "/office/staff (admin)", path: fixed("/office/staff"), sessions: s.admin },
    { name: "/office/groups (admin)", path: fixed("/office/groups"), sessions: s.admin },
    { name: "/office/programs (admin)", path: fixed("/office/programs"), sessions: s.admin },
    { name: "program page (admin)", path: fixed(`/office/programs/${f.programId}`), sessions: s.admin },
    { name: "/portal home", path: fixed("/portal"), sessions: s.portal },
    { name: "trpc office.clients.list (admin)", path: fixed(`/api/trpc/office.clients.list${trpcInput({ limit: 25 })}`), sessions: s.admin },
    { name: "trpc office.clients.list search (admin)", path: fixed(`/api/trpc/office.clients.list${trpcInput({ limit: 25, search: f.search })}`), sessions: s.admin },
    { name: "trpc office.dashboard.summary (manager)", path: fixed("/api/trpc/office.dashboard.summary"), sessions: s.manager },
    { name: "trpc office.programs.get (admin)", path: fixed(`/api/trpc/office.programs.get${trpcInput({ programId: f.programId })}`), sessions: s.admin },
    { name: "trpc portal.home", path: (session) => `/api/trpc/portal.home${trpcInput({ clientId: session?.clientId })}`, sessions: s.portal },
  ];
}
