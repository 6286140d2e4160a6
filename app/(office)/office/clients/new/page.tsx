// New client (lead) form: MANAGER and ADMIN only (404 for everyone else); an ADMIN picks the manager.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { TaxRegime } from "@/server/generated/prisma/enums";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { serverApi } from "@/server/trpc/server";
import { Card, CardBody } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { LeadForm } from "./lead-form";
import { ClientMessages } from "@/app/_i18n/client-messages";
import { ChoiceSearch } from "@/app/_components/choice-search";
import { firstParam, type SearchParams } from "@/app/_components/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leads.new");
  return { title: t("metaTitle") };
}

export default async function NewClientPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const managerSearch = firstParam(await searchParams, "manager");
  const actor = await requireStaff("/office/clients/new");
  if (!staffCan(actor.role, "clients.create")) notFound();
  const [t, tRegime] = await Promise.all([getTranslations("leads.new"), getTranslations("enums.taxRegime")]);
  const choices = actor.role === "ADMIN" ? await (await serverApi()).office.staff.choices({ search: managerSearch, roles: ["MANAGER"] }) : null;
  const managers = choices?.items.map((member) => ({ id: member.id, name: member.name })) ?? null;
  const taxRegimes = Object.values(TaxRegime).map((value) => ({ value, label: tRegime(value) }));

  return (
    <ClientMessages namespaces={["leads"]}>
      <PageHeader title={t("title")} description={t("subtitle")} back={{ href: "/office/clients", label: t("backToList") }} />
      <Card>
        <CardBody className="space-y-6">
          <ChoiceSearch path="/office/clients/new" param="manager" label={t("findManager")} value={managerSearch} more={choices?.more ?? false} found={managers?.length ?? 0} testId="lead-manager-search" />
          <LeadForm taxRegimes={taxRegimes} managers={managers} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
