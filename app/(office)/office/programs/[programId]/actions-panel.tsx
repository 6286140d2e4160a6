// The program's three domain actions: outsourcer refusal, client refusal and the express-audit template.
import { getTranslations } from "@/app/_i18n/server";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { RefusalForm } from "./refusal-form";

type ActionsPanelProps = { programId: string; version: number; canRefuse: boolean };

export async function ActionsPanel({ programId, version, canRefuse }: ActionsPanelProps) {
  const t = await getTranslations("programs.actions");
  return (
    <Card>
      <CardHeader title={t("title")} description={canRefuse ? t("description") : t("closedDescription")} />
      <CardBody className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        <RefusalForm by="outsourcer" programId={programId} version={version} disabled={!canRefuse} />
        <RefusalForm by="client" programId={programId} version={version} disabled={!canRefuse} />
        <ButtonLink href="/office/print/audit-template" variant="secondary" data-testid="audit-template-link" target="_blank" rel="noopener">
          {t("auditTemplate")}
        </ButtonLink>
      </CardBody>
    </Card>
  );
}
