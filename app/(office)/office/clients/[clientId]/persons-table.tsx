// The client's authorized persons: who may sign in to the portal, their invitation state and rights.
import { getTranslations } from "@/app/_i18n/server";
import type { InvitationState } from "@/server/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";

type Person = {
  id: string;
  fullName: string;
  position: string | null;
  email: string;
  invitationState: InvitationState;
  canViewCredentials: boolean;
  canManagePersons: boolean;
};

const stateTone: Record<InvitationState, BadgeTone> = { INVITED: "warning", ACTIVE: "success", REVOKED: "neutral" };

export async function PersonsTable({ persons }: { persons: Person[] }) {
  const [t, tState, tCommon] = await Promise.all([getTranslations("office.client"), getTranslations("enums.invitationState"), getTranslations("common")]);
  if (persons.length === 0) return <EmptyState title={t("personsEmptyTitle")} body={t("personsEmptyBody")} />;
  return (
    <Table caption={t("personsTitle")}>
      <thead>
        <tr>
          <Th>{t("personColumns.name")}</Th>
          <Th>{t("personColumns.position")}</Th>
          <Th>{t("personColumns.email")}</Th>
          <Th>{t("personColumns.state")}</Th>
          <Th>{t("personColumns.rights")}</Th>
        </tr>
      </thead>
      <tbody>
        {persons.map((person) => {
          const rights = [person.canViewCredentials && t("canViewCredentials"), person.canManagePersons && t("canManagePersons")].filter(Boolean);
          return (
            <Tr key={person.id}>
              <Td className="font-medium text-ink">{person.fullName}</Td>
              <Td>{person.position ?? tCommon("none")}</Td>
              <Td className="break-all">{person.email}</Td>
              <Td>
                <Badge tone={stateTone[person.invitationState]}>{tState(person.invitationState)}</Badge>
              </Td>
              <Td>{rights.length > 0 ? rights.join(", ") : <span className="text-muted">{t("noRights")}</span>}</Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
