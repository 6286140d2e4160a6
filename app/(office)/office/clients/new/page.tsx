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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leads.new");
  return { title: t("metaTitle") };
}

export default async function NewClientPage() {
  await connection();
  const actor = await requireStaff("/office/clients/new");
  if (!staffCan(actor.role, "clients.create")) notFound();
  const [t, tRegime] = await Promise.all([getTranslations("leads.new"), getTranslations("enums.taxRegime")]);
  const staff = actor.role === "ADMIN" ? await (await serverApi()).office.staff.list() : null;
  const managers = staff?.filter((member) => member.role === "MANAGER" && member.active).map((member) => ({ id: member.id, name: member.user.name ?? member.user.email }));
  const taxRegimes = Object.values(TaxRegime).map((value) => ({ value, label: tRegime(value) }));

  return (
    <ClientMessages namespaces={["leads"]}>
      <PageHeader title={t("title")} description={t("subtitle")} back={{ href: "/office/clients", label: t("backToList") }} />
      <Card>
        <CardBody>
          <LeadForm taxRegimes={taxRegimes} managers={managers ?? null} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
