// Templates index (ADMIN): the firm's program template and express-audit template.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { PageHeader } from "@/app/_components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programs.templates");
  return { title: t("title") };
}

export default async function TemplatesPage() {
  await connection();
  const [actor, t] = await Promise.all([requireStaff("/office/templates"), getTranslations("programs.templates")]);
  if (!staffCan(actor.role, "programTemplates.manage") && !staffCan(actor.role, "auditTemplates.manage")) notFound();
  const entries = [
    { key: "program", href: "/office/templates/program", title: t("programTitle"), body: t("programBody") },
    { key: "audit", href: "/office/templates/audit", title: t("auditTitle"), body: t("auditBody") },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="grid gap-6 md:grid-cols-2">
        {entries.map((entry) => (
          <Card key={entry.key}>
            <CardHeader title={entry.title} />
            <CardBody className="space-y-4">
              <p className="text-sm text-muted">{entry.body}</p>
              <ButtonLink href={entry.href} variant="secondary" data-testid={`templates-${entry.key}-link`}>
                {t("open")}
              </ButtonLink>
            </CardBody>
          </Card>
        ))}
      </div>
    </>
  );
}
