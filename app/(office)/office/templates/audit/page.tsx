// The firm's express-audit template: an ADMIN edits its items (everyone else gets 404); a link prints the blank form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { serverApi } from "@/server/trpc/server";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";
import { TemplateEditor } from "./template-editor";
import { ClientMessages } from "@/app/_i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audits.template");
  return { title: t("metaTitle") };
}

export default async function AuditTemplatePage() {
  await connection();
  const actor = await requireStaff("/office/templates/audit");
  if (!staffCan(actor.role, "auditTemplates.manage")) notFound();
  const [template, t] = await Promise.all([(await serverApi()).office.auditTemplates.get(), getTranslations("audits.template")]);
  const items = (template?.items ?? []).map((item) => ({ key: item.id, id: item.id, title: item.title, description: item.description ?? "" }));
  const version = template ? `${template.id}:${template.updatedAt.getTime()}:${items.map((item) => item.id).join(",")}` : "none";

  return (
    <ClientMessages namespaces={["audits.template"]}>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <ButtonLink variant="secondary" href="/office/print/audit-template" data-testid="print-audit-template">
            {t("print")}
          </ButtonLink>
        }
      />
      <Card>
        <CardBody>
          <TemplateEditor key={version} initialItems={items} />
        </CardBody>
      </Card>
    </ClientMessages>
  );
}
