// Cloud access for staff: encrypted at rest, masked in lists, revealed only by allowed roles and always logged.
import { beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { createAuthorizedPerson, createClient } from "@/prisma/factories";
import { createCloudAccess, updateCloudAccess } from "@/server/cloud-access/cloud-access.service";
import { clientActivityPage } from "@/server/activity/activity.service";
import { decryptSecret, encryptSecret, keyringFromEnv } from "@/server/cloud-access/crypto";
import { reencryptStaleCredentials } from "@/server/cloud-access/rotate";
import { callerFor, codeOf } from "@/tests/support/actors";
import { createClientWithProgram, createFirmScenario, type FirmScenario } from "@/tests/support/scenario";

const PASSWORD = "Tr0ub4dor&3-very-secret";
let s: FirmScenario;
let other: FirmScenario;
let clientId: string;
let personId: string;

async function newAccess(password = PASSWORD) {
  return callerFor(s.actors.manager).office.cloudAccess.create({ clientId, personId, application: "1С:Бухгалтерия", url: "https://1c.example/c", login: "director", password });
}

beforeAll(async () => {
  s = await createFirmScenario();
  other = await createFirmScenario();
  const { client, person } = await createClientWithProgram(s, { approved: true });
  clientId = client.id;
  personId = person.id;
});

describe("encryption at rest", () => {
  it("never stores the plaintext, keeps the key id, and reveal decrypts it", async () => {
    const { id } = await newAccess();
    const row = await db.cloudAccess.findUniqueOrThrow({ where: { id } });
    expect(row.passwordEncrypted).not.toContain(PASSWORD);
    expect(row.keyId).toBe(process.env.CREDENTIALS_KEY_ID || "k1");
    const raw = await db.$queryRaw<{ stored: string }[]>`SELECT "passwordEncrypted" AS stored FROM "CloudAccess" WHERE id = ${id}`;
    expect(raw[0]?.stored).toBe(row.passwordEncrypted);
    expect(JSON.stringify(raw)).not.toContain(PASSWORD);
    expect((await callerFor(s.actors.chief).office.cloudAccess.reveal({ accessId: id })).password).toBe(PASSWORD);
  });

  it("lists masks only, and the activity of create/update never holds the password", async () => {
    const { id } = await newAccess();
    const list = await callerFor(s.actors.accountant).office.cloudAccess.list({ clientId });
    expect(list.items.find((i) => i.id === id)?.passwordMask).toMatch(/^•{8,}$/);
    expect(JSON.stringify(list)).not.toContain(PASSWORD);
    const activity = await db.activityLog.findMany({ where: { subjectId: id } });
    expect(activity.map((a) => a.action)).toContain("cloudAccess.created");
    expect(JSON.stringify(activity)).not.toContain(PASSWORD);
  });
});

describe("reveal", () => {
  it("writes an activity row (who, which access) without the password, shown in the list's recent reveals", async () => {
    const { id } = await newAccess();
    await callerFor(s.actors.admin).office.cloudAccess.reveal({ accessId: id });
    const rows = await db.activityLog.findMany({ where: { subjectId: id, action: "cloudAccess.revealed" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorStaffId: s.staff.admin.id, clientId, subjectType: "CloudAccess" });
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
    const list = await callerFor(s.actors.manager).office.cloudAccess.list({ clientId });
    expect(list.recentReveals.find((r) => r.accessId === id)).toMatchObject({ application: "1С:Бухгалтерия" });
  });

  it("is FORBIDDEN to accountants and operators, NOT_FOUND to another firm, and logs nothing then", async () => {
    const { id } = await newAccess();
    expect(await codeOf(callerFor(s.actors.accountant).office.cloudAccess.reveal({ accessId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(s.actors.operator).office.cloudAccess.reveal({ accessId: id }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(other.actors.admin).office.cloudAccess.reveal({ accessId: id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(other.actors.admin).office.cloudAccess.list({ clientId }))).toBe("NOT_FOUND");
    expect(await db.activityLog.count({ where: { subjectId: id, action: "cloudAccess.revealed" } })).toBe(0);
  });
});

describe("bad input", () => {
  it("refuses a non-http(s) URL with a field error and saves nothing (the password is in no error)", async () => {
    const before = await db.cloudAccess.count({ where: { clientId } });
    for (const url of ["javascript:alert(1)", "ftp://files.example", "not a url"]) {
      const input = { clientId, personId, application: "App", url, login: "x", password: PASSWORD };
      const error = await createCloudAccess({ actor: s.actors.manager }, input).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { url: ["cloudAccess.errors.urlInvalid"] } });
      expect(JSON.stringify(error) + String(error)).not.toContain(PASSWORD);
      expect(await codeOf(callerFor(s.actors.manager).office.cloudAccess.create(input))).toBe("BAD_REQUEST");
    }
    const emptyLogin = createCloudAccess({ actor: s.actors.manager }, { clientId, application: "App", url: "https://a.example", login: "  ", password: "p" });
    await expect(emptyLogin).rejects.toMatchObject({ fieldErrors: { login: ["cloudAccess.errors.loginRequired"] } });
    expect(await db.cloudAccess.count({ where: { clientId } })).toBe(before);
  });

  it("refuses a person of another client", async () => {
    const stranger = await createAuthorizedPerson(db, { clientId: (await createClient(db, { firmId: s.firm.id, managerId: s.staff.manager.id })).id });
    const input = { clientId, personId: stranger.id, application: "App", url: "https://a.example", login: "x", password: "p" };
    await expect(createCloudAccess({ actor: s.actors.manager }, input)).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { personId: ["cloudAccess.errors.personInvalid"] } });
  });
});

describe("update and remove", () => {
  it("keeps the password when none is given, refuses a stale save, and removes", async () => {
    const { id } = await newAccess();
    const row = await db.cloudAccess.findUniqueOrThrow({ where: { id } });
    await updateCloudAccess({ actor: s.actors.manager }, { accessId: id, updatedAt: row.updatedAt, personId: null, application: "Новое", url: "http://new.example", login: "new", password: "" });
    const api = callerFor(s.actors.manager).office.cloudAccess;
    expect((await api.reveal({ accessId: id })).password).toBe(PASSWORD);
    expect(await codeOf(api.update({ accessId: id, updatedAt: row.updatedAt, application: "X", url: "https://x.example", login: "x" }))).toBe("CONFLICT");
    const fresh = await db.cloudAccess.findUniqueOrThrow({ where: { id } });
    expect(fresh).toMatchObject({ application: "Новое", login: "new", personId: null });
    await api.update({ accessId: id, updatedAt: fresh.updatedAt, application: "Новое", url: "http://new.example", login: "new", password: "changed-password" });
    expect((await api.reveal({ accessId: id })).password).toBe("changed-password");
    const latest = await db.cloudAccess.findUniqueOrThrow({ where: { id } });
    await api.remove({ accessId: id, updatedAt: latest.updatedAt });
    expect(await db.cloudAccess.count({ where: { id } })).toBe(0);
  });
});

describe("activity forClient", () => {
  it("pages a client's history for staff in scope; others get NOT_FOUND", async () => {
    await newAccess();
    const first = await callerFor(s.actors.operator).office.activity.forClient({ clientId, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await clientActivityPage({ actor: s.actors.operator }, { clientId, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
    expect(first.items[0]!.actorName).toBeTruthy();
    expect(JSON.stringify(first) + JSON.stringify(second)).not.toContain(PASSWORD);
    expect(await codeOf(callerFor(other.actors.admin).office.activity.forClient({ clientId }))).toBe("NOT_FOUND");
    const outsideGroup = await createClient(db, { firmId: s.firm.id, stage: "TRANSITION" });
    expect(await codeOf(callerFor(s.actors.accountant).office.activity.forClient({ clientId: outsideGroup.id }))).toBe("NOT_FOUND");
  });
});

describe("key rotation", () => {
  it("re-encrypts rows of an old key with the current one and skips rows whose key is missing", async () => {
    const oldKey = randomBytes(32).toString("base64");
    const before = keyringFromEnv({ CREDENTIALS_KEY: oldKey, CREDENTIALS_KEY_ID: "old" });
    const after = keyringFromEnv({ CREDENTIALS_KEY: randomBytes(32).toString("base64"), CREDENTIALS_KEY_ID: "new", CREDENTIALS_OLD_KEYS: `old:${oldKey}` });
    const sealed = encryptSecret(PASSWORD, before);
    const row = await db.cloudAccess.create({ data: { clientId, application: "Old", url: "https://old.example", login: "old", passwordEncrypted: sealed.ciphertext, keyId: sealed.keyId } });
    const lost = await db.cloudAccess.create({ data: { clientId, application: "Lost", url: "https://lost.example", login: "lost", passwordEncrypted: "x.y.z", keyId: "gone" } });
    const result = await reencryptStaleCredentials(db, after);
    expect(result.missingKey).toContain(lost.id);
    const rotated = await db.cloudAccess.findUniqueOrThrow({ where: { id: row.id } });
    expect(rotated.keyId).toBe("new");
    expect(decryptSecret(rotated.passwordEncrypted, rotated.keyId, after)).toBe(PASSWORD);
    await db.cloudAccess.deleteMany({ where: { id: { in: [row.id, lost.id] } } });
  });
});
