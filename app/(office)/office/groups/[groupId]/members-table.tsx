// The members of a group with their group roles; ADMIN sees a remove button per member.
import { getTranslations } from "@/app/_i18n/server";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";
import { ActionForm } from "../_lib/action-form";
import { removeMemberAction } from "../actions";
import type { GroupView } from "../group-card";

export async function MembersTable({ groupId, members, canManage }: { groupId: string; members: GroupView["members"]; canManage: boolean }) {
  const [t, tRole] = await Promise.all([getTranslations("groups.detail"), getTranslations("enums.role")]);
  if (members.length === 0) return <p className="px-5 py-4 text-sm text-muted">{(await getTranslations("groups.list"))("noMembers")}</p>;
  return (
    <Table caption={t("membersTitle")}>
      <thead>
        <tr>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.groupRole")}</Th>
          <Th>{t("columns.email")}</Th>
          {canManage ? <Th>{t("columns.actions")}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <Tr key={member.staffId} data-testid="group-member-row">
            <Td className="font-medium text-ink">{member.staff.user.name ?? member.staff.user.email}</Td>
            <Td>{tRole(member.groupRole)}</Td>
            <Td className="break-all">{member.staff.user.email}</Td>
            {canManage ? (
              <Td>
                <ActionForm
                  action={removeMemberAction}
                  testId="group-remove-member"
                  idPrefix={`remove-${member.staffId}`}
                  hidden={{ groupId, staffId: member.staffId }}
                  submitLabel={t("remove")}
                  pendingLabel={t("removing")}
                  variant="secondary"
                />
              </Td>
            ) : null}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
