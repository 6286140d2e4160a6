// Office staff list: the firm's members with e-mail, role and whether they are active.
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { serverApi } from "@/server/trpc/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.staff");
  return { title: t("metaTitle") };
}

export default async function StaffPage() {
  await connection();
  const api = await serverApi();
  const [staff, t, tRole] = await Promise.all([api.office.staff.list(), getTranslations("office.staff"), getTranslations("enums.role")]);

  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card>
        {staff.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <Table caption={t("tableCaption")}>
            <thead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.email")}</Th>
                <Th>{t("columns.role")}</Th>
                <Th>{t("columns.active")}</Th>
              </tr>
            </thead>
            <tbody>
              {staff.map((member) => (
                <Tr key={member.id} data-testid="staff-row">
                  <Td className="font-medium text-ink">{member.user.name ?? member.user.email}</Td>
                  <Td className="break-all">{member.user.email}</Td>
                  <Td>{tRole(member.role)}</Td>
                  <Td>{member.active ? <Badge tone="success">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
