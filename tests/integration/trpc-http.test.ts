// The tRPC HTTP endpoint: statuses for signed-out, not found and malformed input, and no internals in errors.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { MAX_BATCH_SIZE, trpcHttpHandler } from "@/server/trpc/http";
import { loadActor, type Actor } from "@/server/auth/actor";
import { createFirm, createStaff } from "@/prisma/factories";

let admin: Actor;

function call(path: string, input: unknown, actor: Actor | null) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return send(new Request(`http://localhost/api/trpc/${path}${query}`), actor);
}

function send(req: Request, actor: Actor | null) {
  return trpcHttpHandler(req, () => ({ actor, signedInAt: actor ? Date.now() : null, headers: req.headers }));
}

/** `count` calls of one query batched into one HTTP request. */
function batch(path: string, count: number, actor: Actor | null) {
  const inputs = Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i), { json: {} }]));
  const paths = Array.from({ length: count }, () => path).join(",");
  return send(new Request(`http://localhost/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`), actor);
}

beforeAll(async () => {
  const firm = await createFirm(db);
  const staff = await createStaff(db, { firmId: firm.id, role: "ADMIN" });
  admin = (await loadActor(staff.userId))!;
});

describe("tRPC over HTTP", () => {
  it("answers a batch up to the limit and refuses a larger one with 400 before running it", async () => {
    const ok = await batch("office.clients.list", MAX_BATCH_SIZE, admin);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(MAX_BATCH_SIZE);
    const tooMany = await batch("office.clients.list", MAX_BATCH_SIZE + 1, admin);
    expect(tooMany.status).toBe(400);
  });

  it("answers 401 to a signed-out caller", async () => {
    const res = await call("office.clients.list", {}, null);
    expect(res.status).toBe(401);
  });

  it("answers 404 for a record outside the firm", async () => {
    const res = await call("office.clients.get", { clientId: "c_missing" }, admin);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error.json.data.messageKey).toBe("errors.notFound");
  });

  it("answers 400 with field errors for malformed input", async () => {
    const res = await call("office.clients.list", { limit: 1000, stage: "NOPE" }, admin);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.json.data.fieldErrors).sort()).toEqual(["limit", "stage"]);
    expect(JSON.stringify(body)).not.toContain("at ");
  });
});
