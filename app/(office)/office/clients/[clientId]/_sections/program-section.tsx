// Client card section: the client's latest transition program (status, progress, window) with a link to its page.
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import type { ProgramSummary } from "@/server/programs/program-list.service";
import { ButtonLink } from "@/app/_components/ui/button";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { DescriptionList } from "@/app/_components/ui/description-list";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ProgramStatusBadge } from "../../../programs/_components/program-status-badge";
import { ProgressBar } from "../../../programs/_components/progress-bar";

export async function ProgramSection({ program }: { program: ProgramSummary | null }) {
  const [t, format] = await Promise.all([getTranslations("programs.section"), getFormatter()]);
  if (!program) {
    return (
      <Card>
        <CardHeader title={t("title")} />
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      </Card>
    );
  }
  const window =
    program.windowStart && program.windowEnd ? format.dateTimeRange(program.windowStart, program.windowEnd, { dateStyle: "medium" }) : t("notApproved");
  const days = program.status === "APPROVED" ? program.daysLeft : null;
  const left = days === null ? null : days < 0 ? t("daysOver", { days: -days }) : t("daysLeft", { days });
  return (
    <Card>
      <CardHeader
        title={t("title")}
        actions={
          <ButtonLink href={`/office/programs/${program.id}`} variant="secondary" size="sm" data-testid="client-program-link">
            {t("open")}
          </ButtonLink>
        }
      />
      <CardBody>
        <DescriptionList
          items={[
            { label: t("status"), value: <ProgramStatusBadge status={program.status} testId="client-program-status" /> },
            { label: t("window"), value: left ? `${window} · ${left}` : window },
            { label: t("progress"), value: <ProgressBar {...program.progress} testId="client-program-progress" /> },
          ]}
        />
      </CardBody>
    </Card>
  );
}
