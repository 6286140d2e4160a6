// Office client card: requisites, stage, manager, persons and the sections the role may read, from one read; 404 outside the scope.
import type { Metadata } from "next";
import { cache } from "react";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { orNotFound } from "@/app/_components/not-found-errors";
import { StageBadge } from "@/app/_components/stage-badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { DescriptionList, type DescriptionItem } from "@/app/_components/ui/description-list";
import { PageHeader } from "@/app/_components/ui/page-header";
import { PersonsTable } from "./persons-table";
import { AddPersonForm } from "./_persons/add-person-form";
import { staffCan } from "@/server/auth/permissions";
import { requireStaff } from "@/server/auth/guards";
import { AuditSection } from "./_sections/audit-section";
import { ProgramSection } from "./_sections/program-section";
import { CloudAccessSection } from "./_sections/cloud-access-section";
import { ActivitySection } from "./_sections/activity-section";
import { ClientMessages } from "@/app/_i18n/client-messages";

type Params = Promise<{ clientId: string }>;

/** The client and every section the actor may read in one read per request, shared by the metadata and the page. */
const getCard = cache(async (clientId: string) => orNotFound((await serverApi()).office.clients.card({ clientId })));

async function loadCard(params: Params) {
  await connection();
  return getCard((await params).clientId);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { client } = await loadCard(params);
  return { title: client.name };
}

export default async function ClientPage({ params }: { params: Params }) {
  const card = await loadCard(params);
  const { client } = card;
  const actor = await requireStaff(`/office/clients/${client.id}`);
  const [t, tRegime, tCommon, format] = await Promise.all([
    getTranslations("office.client"),
    getTranslations("enums.taxRegime"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const none = tCommon("none");
  const contact = [client.contactName, client.contactPhone, client.contactEmail].filter(Boolean).join(", ");

  const items: DescriptionItem[] = [
    { label: t("inn"), value: <span className="font-mono tabular-nums">{client.inn}</span> },
    { label: t("kpp"), value: client.kpp ? <span className="font-mono tabular-nums">{client.kpp}</span> : none },
    { label: t("ogrn"), value: client.ogrn ? <span className="font-mono tabular-nums">{client.ogrn}</span> : none },
    { label: t("taxRegime"), value: tRegime(client.taxRegime) },
    { label: t("stage"), value: <StageBadge stage={client.stage} /> },
    {
      label: t("manager"),
      value: client.manager ? (
        <>
          {client.manager.user.name ?? client.manager.user.email}
          {client.manager.user.name ? <span className="block text-xs text-muted">{client.manager.user.email}</span> : null}
        </>
      ) : (
        <span className="text-muted">{t("noManager")}</span>
      ),
    },
    { label: t("contact"), value: contact || none },
    { label: t("createdAt"), value: format.dateTime(client.createdAt, { dateStyle: "long" }) },
  ];
  if (client.stage === "REFUSED" && client.refusalReason) items.push({ label: t("refusalReason"), value: client.refusalReason });

  return (
    <ClientMessages namespaces={["activity", "leads.persons", "leads.duplicate", "audits.section", "cloudAccess"]}>
      <PageHeader title={client.name} back={{ href: "/office/clients", label: t("backToList") }} actions={<StageBadge stage={client.stage} />} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("requisites")} />
          <CardBody>
            <DescriptionList items={items} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("personsTitle")} description={t("personsSubtitle")} />
          <PersonsTable persons={client.authorizedPersons} />
          {staffCan(actor.role, "clients.update") ? <AddPersonForm clientId={client.id} /> : null}
        </Card>
        {card.audits ? <AuditSection client={client} audits={card.audits} role={actor.role} /> : null}
        {card.program ? <ProgramSection program={card.program.latest} /> : null}
        {card.cloudAccess ? <CloudAccessSection client={client} access={card.cloudAccess} role={actor.role} /> : null}
        {card.activity ? <ActivitySection clientId={client.id} page={card.activity} /> : null}
      </div>
    </ClientMessages>
  );
}
