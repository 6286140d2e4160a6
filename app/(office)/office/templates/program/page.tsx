// The firm's program template: ADMIN edits tasks, roles, offsets and order; other staff read it (existing programs keep theirs).
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { serverApi } from "@/server/trpc/server";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { TemplateEditor } from "./template-editor";
import { TemplateView } from "./template-view";
import { ClientMessages } from "@/app/_i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programs.template");
  return { title: t("title") };
}

export default async function ProgramTemplatePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await connection();
  const saved = !!(await searchParams).saved;
  const [actor, t] = await Promise.all([requireStaff("/office/templates/program"), getTranslations("programs.template")]);
  const template = await (await serverApi()).office.programTemplates.get();
  const canEdit = staffCan(actor.role, "programTemplates.manage");
  return (
    <ClientMessages namespaces={["programs.template", "programs.roles"]}>
      <PageHeader
        title={t("title")}
        description={canEdit ? t("subtitleEdit") : t("subtitleRead")}
        back={canEdit ? { href: "/office/templates", label: t("backToTemplates") } : undefined}
      />
      {!template ? (
        <Card>
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        </Card>
      ) : canEdit ? (
        <TemplateEditor
          key={template.updatedAt.toISOString()}
          saved={saved}
          template={{
            updatedAt: template.updatedAt.toISOString(),
            name: template.name,
            windowDays: template.windowDays,
            tasks: template.tasks.map((task) => ({
              id: task.id,
              title: task.title,
              description: task.description ?? "",
              responsibleRole: task.responsibleRole,
              dayOffset: task.dayOffset,
            })),
          }}
        />
      ) : (
        <TemplateView template={template} />
      )}
    </ClientMessages>
  );
}
