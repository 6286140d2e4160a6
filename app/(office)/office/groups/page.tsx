// Working groups (placeholder): explains the standard group until group management is built.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("office.groups");
  return { title: t("metaTitle") };
}

export default async function GroupsPage() {
  const t = await getTranslations("office.groups");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <Card>
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      </Card>
    </>
  );
}
