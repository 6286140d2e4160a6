// The office client card in one read: the client and every section the actor's role may read, in one SQL statement.
import { db, type Tx } from "@/server/db";
import type { StaffActor } from "@/server/auth/actor";
import { staffCan } from "@/server/auth/permissions";
import { requireId, staffClientScope } from "@/server/auth/scope";
import { notFound } from "@/server/errors";
import { auditSummaryArgs, toAuditSummary } from "@/server/audits/audits.service";
import { latestProgramArgs } from "@/server/programs/programs.service";
import { toProgramSummary } from "@/server/programs/program-list.service";
import { cloudAccessListArgs, recentRevealsArgs, toCloudAccessList } from "@/server/cloud-access/cloud-access.service";
import { ACTIVITY_PAGE_SIZE, activityPageArgs, portalActorName, toActivityPage } from "@/server/activity/activity.service";
import { clientRecordInclude } from "./clients.service";

type Opts = { actor: StaffActor; tx?: Tx; now?: Date };

/** The client's authorized persons as the card shows them, plus their users' names for the activity's portal lines. */
const personsWithUsers = {
  ...clientRecordInclude.authorizedPersons,
  select: { ...clientRecordInclude.authorizedPersons.select, userId: true, user: { select: { name: true, email: true } } },
};

/**
 * `args` when the section may be read, else `undefined` so Prisma reads nothing of it. Typed as `args` to keep the
 * payload's shape: a section is used only after the same permission check.
 */
function readIf<T extends object>(allowed: boolean, args: T): T {
  return (allowed ? args : undefined) as T;
}

/**
 * The client (as `getClient` returns it) with its audits, latest program, cloud access and first page of activity.
 * A section the actor's role may not read is not read at all and is null. NOT_FOUND outside the actor's scope.
 * With relationJoins, Prisma compiles the nested reads into one SQL statement.
 */
export async function clientCard({ actor, tx = db, now = new Date() }: Opts, clientId: string) {
  const id = requireId(clientId, "clientId");
  const can = {
    audits: staffCan(actor.role, "audits.read"),
    programs: staffCan(actor.role, "programs.read"),
    cloudAccess: staffCan(actor.role, "cloudAccess.read"),
    activity: staffCan(actor.role, "activity.read"),
  };
  const row = await tx.client.findFirst({
    where: { AND: [staffClientScope(actor), { id }] },
    include: {
      manager: clientRecordInclude.manager,
      authorizedPersons: personsWithUsers,
      audits: readIf(can.audits, auditSummaryArgs),
      programs: readIf(can.programs, { ...latestProgramArgs, take: 1 }),
      cloudAccess: readIf(can.cloudAccess, cloudAccessListArgs),
      // The reveals are activity rows too: read through the firm, as the client's own activity relation is the page below.
      firm: readIf(can.cloudAccess, { select: { activity: recentRevealsArgs(id) } }),
      activity: readIf(can.activity, activityPageArgs(ACTIVITY_PAGE_SIZE)),
    },
  });
  if (!row) throw notFound("client");
  const { audits, programs, cloudAccess, firm, activity, authorizedPersons, ...client } = row;
  const portalNames = new Map(authorizedPersons.map((person) => [person.userId, portalActorName(person.user)]));
  return {
    client: { ...client, authorizedPersons: authorizedPersons.map(({ userId: _userId, user: _user, ...person }) => person) },
    audits: can.audits ? audits.map(toAuditSummary) : null,
    program: can.programs ? { latest: programs[0] ? toProgramSummary(programs[0], now) : null } : null,
    cloudAccess: can.cloudAccess ? toCloudAccessList(cloudAccess, firm.activity) : null,
    activity: can.activity ? await toActivityPage(tx, activity, ACTIVITY_PAGE_SIZE, portalNames) : null,
  };
}

export type ClientCard = Awaited<ReturnType<typeof clientCard>>;
