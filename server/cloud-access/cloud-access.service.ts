// Cloud access of clients for staff: passwords encrypted at rest, masked in lists, revealed one at a time and logged.
import { z } from "zod";
import type { Prisma } from "@/server/generated/prisma/client";
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffClientScope } from "@/server/auth/scope";
import { logActivity } from "@/server/activity/activity.service";
import { AppError, notFound } from "@/server/errors";
import { decryptSecret, encryptSecret, maskSecret } from "./crypto";
import {
  cloudAccessCreateInput,
  cloudAccessIdInput,
  cloudAccessListInput,
  cloudAccessRemoveInput,
  cloudAccessUpdateInput,
  type CloudAccessCreateInput,
  type CloudAccessRemoveInput,
  type CloudAccessUpdateInput,
} from "./cloud-access.schema";

type Opts = { actor: StaffActor; tx?: Tx };

export const REVEAL_ACTION = "cloudAccess.revealed";
const RECENT_REVEALS = 10;

/** Parses input; a failure is BAD_REQUEST with field errors made of message keys (never the typed values). */
function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fieldErrors = z.flattenError(result.error).fieldErrors as Record<string, string[]>;
  throw new AppError("BAD_REQUEST", "cloudAccess.errors.invalidFields", { fieldErrors });
}

async function clientInScope(tx: Tx, actor: StaffActor, clientId: string) {
  const client = await tx.client.findFirst({ where: { AND: [staffClientScope(actor), { id: clientId }] }, select: { id: true, firmId: true } });
  if (!client) throw notFound("client");
  return client;
}

async function accessInScope(tx: Tx, actor: StaffActor, accessId: string) {
  const access = await tx.cloudAccess.findFirst({
    where: { id: accessId, client: staffClientScope(actor) },
    select: { id: true, clientId: true, personId: true, application: true, passwordEncrypted: true, keyId: true, client: { select: { firmId: true } } },
  });
  if (!access) throw notFound("cloud access");
  return access;
}

/** A person given for a login must be one of the client's authorized persons. */
async function assertPersonOfClient(tx: Tx, clientId: string, personId: string | null) {
  if (!personId) return;
  const person = await tx.authorizedPerson.findFirst({ where: { id: personId, clientId }, select: { id: true } });
  if (!person) throw new AppError("BAD_REQUEST", "cloudAccess.errors.invalidFields", { fieldErrors: { personId: ["cloudAccess.errors.personInvalid"] } });
}

const staleAccess = () => new AppError("CONFLICT", "cloudAccess.errors.stale", { message: "the access was changed by someone else" });

function encrypt(password: string) {
  const { ciphertext, keyId } = encryptSecret(password);
  return { passwordEncrypted: ciphertext, keyId };
}

/** A client's applications and logins (never the password): alone or nested in a read of the client. */
export const cloudAccessListArgs = {
  orderBy: [{ application: "asc" }, { createdAt: "asc" }],
  select: { id: true, application: true, url: true, login: true, updatedAt: true, person: { select: { id: true, fullName: true } } },
} satisfies Prisma.CloudAccessFindManyArgs;

/** The latest reveals of a client's passwords (who, when, which): alone or nested in a read of the client's firm. */
export function recentRevealsArgs(clientId: string) {
  return {
    where: { clientId, action: REVEAL_ACTION },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_REVEALS,
    select: { id: true, subjectId: true, createdAt: true, data: true, actor: { select: { user: { select: { name: true, email: true } } } } },
  } satisfies Prisma.ActivityLogFindManyArgs;
}

type CloudAccessRow = Prisma.CloudAccessGetPayload<typeof cloudAccessListArgs>;
type RevealRow = Prisma.ActivityLogGetPayload<ReturnType<typeof recentRevealsArgs>>;

/** The list staff see: every password masked, each reveal as who / which application / when. */
export function toCloudAccessList(rows: CloudAccessRow[], reveals: RevealRow[]) {
  return {
    items: rows.map((row) => ({ ...row, passwordMask: maskSecret() })),
    recentReveals: reveals.map((r) => ({
      id: r.id,
      accessId: r.subjectId,
      application: typeof r.data === "object" && r.data && "application" in r.data ? String(r.data.application) : null,
      at: r.createdAt,
      by: r.actor ? (r.actor.user.name ?? r.actor.user.email) : null,
    })),
  };
}

export type CloudAccessList = ReturnType<typeof toCloudAccessList>;

/** The client's applications and logins with masked passwords, and the latest reveals (who, when, which). */
export async function listCloudAccess({ actor, tx = db }: Opts, raw: { clientId: string }) {
  const { clientId } = parse(cloudAccessListInput, raw);
  await clientInScope(tx, actor, clientId);
  const [rows, reveals] = await Promise.all([
    tx.cloudAccess.findMany({ where: { clientId }, ...cloudAccessListArgs }),
    tx.activityLog.findMany(recentRevealsArgs(clientId)),
  ]);
  return toCloudAccessList(rows, reveals);
}

export async function createCloudAccess({ actor }: Opts, raw: CloudAccessCreateInput) {
  const input = parse(cloudAccessCreateInput, raw);
  return db.$transaction(async (tx) => {
    const client = await clientInScope(tx, actor, input.clientId);
    await assertPersonOfClient(tx, client.id, input.personId);
    const access = await tx.cloudAccess.create({
      data: { clientId: client.id, personId: input.personId, application: input.application, url: input.url, login: input.login, ...encrypt(input.password) },
      select: { id: true },
    });
    await logActivity(tx, actor, {
      firmId: client.firmId,
      clientId: client.id,
      action: "cloudAccess.created",
      subjectType: "CloudAccess",
      subjectId: access.id,
      data: { application: input.application, login: input.login },
    });
    return access;
  });
}

export async function updateCloudAccess({ actor }: Opts, raw: CloudAccessUpdateInput) {
  const input = parse(cloudAccessUpdateInput, raw);
  return db.$transaction(async (tx) => {
    const access = await accessInScope(tx, actor, input.accessId);
    await assertPersonOfClient(tx, access.clientId, input.personId);
    const passwordChanged = !!input.password;
    const { count } = await tx.cloudAccess.updateMany({
      where: { id: access.id, updatedAt: input.updatedAt },
      data: { personId: input.personId, application: input.application, url: input.url, login: input.login, ...(input.password ? encrypt(input.password) : {}) },
    });
    if (count === 0) throw staleAccess();
    await logActivity(tx, actor, {
      firmId: access.client.firmId,
      clientId: access.clientId,
      action: "cloudAccess.updated",
      subjectType: "CloudAccess",
      subjectId: access.id,
      data: { application: input.application, login: input.login, passwordChanged },
    });
    return { id: access.id };
  });
}

export async function removeCloudAccess({ actor }: Opts, raw: CloudAccessRemoveInput) {
  const input = parse(cloudAccessRemoveInput, raw);
  return db.$transaction(async (tx) => {
    const access = await accessInScope(tx, actor, input.accessId);
    const { count } = await tx.cloudAccess.deleteMany({ where: { id: access.id, updatedAt: input.updatedAt } });
    if (count === 0) throw staleAccess();
    await logActivity(tx, actor, {
      firmId: access.client.firmId,
      clientId: access.clientId,
      action: "cloudAccess.removed",
      subjectType: "CloudAccess",
      subjectId: access.id,
      data: { application: access.application },
    });
    return { id: access.id };
  });
}

/** The plaintext password of one access; the reveal is logged (who and which access, never the password). */
export async function revealCloudAccess({ actor }: Opts, raw: { accessId: string }) {
  const { accessId } = parse(cloudAccessIdInput, raw);
  return db.$transaction(async (tx) => {
    const access = await accessInScope(tx, actor, accessId);
    let password: string;
    try {
      password = decryptSecret(access.passwordEncrypted, access.keyId);
    } catch {
      throw new AppError("PRECONDITION_FAILED", "cloudAccess.errors.keyUnavailable", { message: `cannot decrypt with key ${access.keyId}` });
    }
    await logActivity(tx, actor, {
      firmId: access.client.firmId,
      clientId: access.clientId,
      action: REVEAL_ACTION,
      subjectType: "CloudAccess",
      subjectId: access.id,
      data: { application: access.application, personId: access.personId },
    });
    return { accessId: access.id, password };
  });
}
