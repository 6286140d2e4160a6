// The figures beside the load table: database round trips per request, portal JavaScript and requests per page view in
// Chromium, program generation time.
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "@/server/db";
import { generateProgram } from "@/server/programs/generate";
import { launchBrowser } from "@/tests/e2e/support/browser";
import type { Browser, Page } from "playwright-core";
import type { Session, Target } from "./load";

const OUTBOX_POLL = /FROM "EmailOutbox"\s+WHERE "status" = 'PENDING'/;

export type QueryCount = { queries: number; durationMs: number; status: number; statements: string[] };

/** Requests each target once (after one warm request) on a server started with PRISMA_QUERY_COUNT=1, reading its counter. */
export async function countQueries(baseUrl: string, list: Target[]): Promise<Map<string, QueryCount>> {
  const counts = new Map<string, QueryCount>();
  const counter = async () => (await (await fetch(`${baseUrl}/api/bench/queries`)).json()) as Omit<QueryCount, "status">;
  for (const target of list) {
    const session = target.sessions?.[0] ?? null;
    const get = () => fetch(`${baseUrl}${target.path(session)}`, { redirect: "manual", headers: session ? { cookie: session.cookie } : {} }).then(async (r) => (await r.arrayBuffer(), r.status));
    await get();
    await counter();
    const status = await get();
    await new Promise((r) => setTimeout(r, 50));
    const counted = await counter();
    // The mail worker's periodic outbox poll is not caused by the request.
    const own = counted.statements.filter((statement) => !OUTBOX_POLL.test(statement));
    counts.set(target.name, { ...counted, queries: counted.queries - (counted.statements.length - own.length), statements: own, status });
  }
  return counts;
}

async function signedInPage(browser: Browser, baseUrl: string, session: Session): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies(session.cookie.split("; ").map((pair) => {
    const eq = pair.indexOf("=");
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: baseUrl };
  }));
  return context.newPage();
}

/** JavaScript the portal home transfers in Chromium (sum of gzipped script bodies, as in the portal e2e test). */
export async function portalJavaScript(baseUrl: string, portal: Session): Promise<{ kb: number; files: number }> {
  const browser = await launchBrowser();
  try {
    const page = await signedInPage(browser, baseUrl, portal);
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith(".js") || response.request().resourceType() === "script") sizes.push(response.body().then((b) => gzipSync(b).length, () => 0));
    });
    await page.goto(`${baseUrl}/portal`, { waitUntil: "networkidle" });
    if (!new URL(page.url()).pathname.startsWith("/portal")) throw new Error(`portal home redirected to ${page.url()}`);
    const all = await Promise.all(sizes);
    return { kb: all.reduce((a, b) => a + b, 0) / 1024, files: all.length };
  } finally {
    await browser.close();
  }
}

export type PageView = { path: string; session: Session };

/** Requests one view of each page sends to the server in Chromium, static files aside: loaded, scrolled to the end, 3 s. */
export async function requestsPerView(baseUrl: string, views: PageView[]): Promise<Map<string, number>> {
  const browser = await launchBrowser();
  const counts = new Map<string, number>();
  try {
    for (const view of views) {
      const page = await signedInPage(browser, baseUrl, view.session);
      let requests = 0;
      page.on("request", (request) => {
        if (request.url().startsWith(baseUrl) && !new URL(request.url()).pathname.startsWith("/_next/static/")) requests += 1;
      });
      await page.goto(`${baseUrl}${view.path}`, { waitUntil: "networkidle" });
      await page.mouse.wheel(0, 10_000);
      await page.waitForTimeout(3000);
      counts.set(view.path, requests);
      await page.context().close();
    }
    return counts;
  } finally {
    await browser.close();
  }
}

/** `generateProgram` from the 10-task template in its own transaction, 200 times: median and p95 in ms. */
export async function programGeneration(databaseUrl: string, runs = 200): Promise<{ median: number; p95: number }> {
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    const template = await db.programTemplate.findFirstOrThrow({ where: { id: { startsWith: "bench-template-" } }, select: { id: true, firmId: true } });
    const group = await db.workingGroup.findFirstOrThrow({ where: { firmId: template.firmId, members: { some: {} } }, select: { id: true } });
    const client = await db.client.findFirstOrThrow({ where: { firmId: template.firmId, stage: "LEAD" }, select: { id: true, managerId: true } });
    const times: number[] = [];
    for (let i = 0; i < runs + 10; i++) {
      const started = performance.now();
      await db.$transaction((tx) => generateProgram(tx, { clientId: client.id, templateId: template.id, managerId: client.managerId, groupId: group.id, windowStart: new Date() }));
      if (i >= 10) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.ceil(times.length * 0.95) - 1]! };
  } finally {
    await db.$disconnect();
  }
}
