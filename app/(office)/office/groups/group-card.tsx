// One working group in the list: completeness, load against capacity and members with their group roles.
import { Link } from "@/app/_components/ui/link";
import { getTranslations } from "@/app/_i18n/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import type { GroupRole } from "@/server/generated/prisma/enums";

export type GroupView = {
  id: string;
  name: string;
  capacity: number;
  load: number;
  complete: boolean;
  missing: Record<string, number>;
  members: Array<{ staffId: string; groupRole: GroupRole; staff: { active: boolean; user: { name: string | null; email: string } } }>;
};

/** "Missing: Accountant — 1, Operator — 3" for an incomplete group. */
export async function missingText(missing: Record<string, number>): Promise<string> {
  const [t, tRole] = await Promise.all([getTranslations("groups.list"), getTranslations("enums.role")]);
  const items = Object.entries(missing).flatMap(([role, count]) =>
    role === "CHIEF_ACCOUNTANT" || role === "ACCOUNTANT" || role === "OPERATOR" ? [t("missingItem", { role: tRole(role), count })] : [],
  );
  return t("missing", { list: items.join(", ") });
}

export async function GroupCompleteness({ group }: { group: Pick<GroupView, "complete" | "missing"> }) {
  const t = await getTranslations("groups.list");
  if (group.complete) return <Badge tone="success">{t("complete")}</Badge>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone="warning">{t("incomplete")}</Badge>
      <span className="text-sm text-amber-800">{await missingText(group.missing)}</span>
    </span>
  );
}

export async function GroupCard({ group }: { group: GroupView }) {
  const [t, tRole] = await Promise.all([getTranslations("groups.list"), getTranslations("enums.role")]);
  return (
    <Card>
      <div data-testid="group-card" data-group-id={group.id}>
        <CardHeader
          headingLevel="h3"
          title={
            <Link href={`/office/groups/${group.id}`} className="text-brand-700 hover:underline" aria-label={t("open", { name: group.name })}>
              {group.name}
            </Link>
          }
          description={`${t("load")}: ${group.load} · ${t("capacity")}: ${group.capacity}`}
        />
        <CardBody className="space-y-3">
          <GroupCompleteness group={group} />
          {group.members.length === 0 ? (
            <p className="text-sm text-muted">{t("noMembers")}</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label={t("members")}>
              {group.members.map((member) => (
                <li key={member.staffId} className="flex flex-wrap justify-between gap-x-3">
                  <span className="text-ink">{member.staff.user.name ?? member.staff.user.email}</span>
                  <span className="text-muted">{tRole(member.groupRole)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </div>
    </Card>
  );
}
