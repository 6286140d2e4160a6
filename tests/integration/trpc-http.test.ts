// The tRPC HTTP endpoint: statuses for signed-out, not found and malformed input, and no internals in errors.
import { beforeAll, describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { db } from "@/server/db";
import { appRouter } from "@/server/trpc/root";
import { loadActor, type Actor } from "@/server/auth/actor";
import { createFirm, createStaff } from "@/prisma/factories";

let admin: Actor;

function call(path: string, input: unknown, actor: Actor | null) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const req = new Request(`http://localhost/api/trpc/${path}${query}`);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ({ actor, signedInAt: actor ? Date.now() : null, headers: req.headers }),
  });
}

beforeAll(async () => {
  const firm = await createFirm(db);
  const staff = await createStaff(db, { firmId: firm.id, role: "ADMIN" });
  admin = (await loadActor(staff.userId))!;
});

describe("tRPC over HTTP", () => {
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
