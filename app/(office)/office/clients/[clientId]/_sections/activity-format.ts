// Turns activity rows into who / what / when lines in the user's language; unknown action codes show the raw code.
import "server-only";
import { getFormatter, getTranslations } from "@/app/_i18n/server";

/** Action code written by the services -> its sentence in activity.actions. */
const SENTENCES = {
  "client.created": "clientCreated",
  "client.updated": "clientUpdated",
  "client.connected": "clientConnected",
  "client.refusedByOutsourcer": "clientRefusedByOutsourcer",
  "client.reopenedAsLead": "clientReopenedAsLead",
  "audit.started": "auditStarted",
  "audit.findingRecorded": "auditFindingRecorded",
  "audit.decided": "auditDecided",
  "program.generated": "programGenerated",
  "program.approved": "programApproved",
  "program.windowChanged": "programWindowChanged",
  "program.groupAssigned": "programGroupAssigned",
  "program.refusedByOutsourcer": "programRefusedByOutsourcer",
  "program.refusedByClient": "programRefusedByClient",
  "task.status": "taskStatus",
  "task.commented": "taskCommented",
  "cloudAccess.created": "cloudAccessCreated",
  "cloudAccess.updated": "cloudAccessUpdated",
  "cloudAccess.removed": "cloudAccessRemoved",
  "cloudAccess.revealed": "cloudAccessRevealed",
  "cloudAccess.revealedByPerson": "cloudAccessRevealedByPerson",
  "cloudAccess.revealRefused": "cloudAccessRevealRefused",
  "cloudAccess.reportedBroken": "cloudAccessReportedBroken",
  "person.invited": "personInvited",
  "person.accepted": "personAccepted",
  "person.revoked": "personRevoked",
} as const;
type Code = keyof typeof SENTENCES;
const TASK_STATUSES = ["TODO", "IN_PROGRESS", "DONE", "BLOCKED"] as const;

export type ActivityRow = {
  id: string;
  action: string;
  data: unknown;
  createdAt: Date;
  actorName: string | null;
  actorKind: "staff" | "portal" | "system";
};
export type ActivityLine = { id: string; who: string; what: string; iso: string; relative: string; absolute: string };

const isCode = (action: string): action is Code => Object.hasOwn(SENTENCES, action);

function field(data: unknown, name: string): string {
  const value = data && typeof data === "object" ? (data as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : "—";
}

export async function formatActivity(rows: ActivityRow[], now = new Date()): Promise<ActivityLine[]> {
  const [t, format] = await Promise.all([getTranslations("activity"), getFormatter()]);
  const statusOf = (value: string) => {
    const status = TASK_STATUSES.find((s) => s === value);
    return status ? t(`taskStatus.${status}`) : value;
  };
  return rows.map((row) => {
    const params = {
      title: field(row.data, "title"),
      application: field(row.data, "application"),
      groupName: field(row.data, "groupName"),
      fullName: field(row.data, "fullName"),
      reason: field(row.data, "reason"),
      to: statusOf(field(row.data, "to")),
    };
    const what = isCode(row.action) ? t(`actions.${SENTENCES[row.action]}`, params) : row.action;
    const who = row.actorKind === "system" || !row.actorName ? t("system") : row.actorKind === "portal" ? t("clientPerson", { name: row.actorName }) : row.actorName;
    return {
      id: row.id,
      who,
      what,
      iso: row.createdAt.toISOString(),
      relative: format.relativeTime(row.createdAt, now),
      absolute: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    };
  });
}
