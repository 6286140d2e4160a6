// The program's header card: client, approved-from date, window with days left, manager, group, progress.
import { Link } from "@/app/_components/ui/link";
import { differenceInCalendarDays } from "date-fns";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { StageBadge } from "@/app/_components/stage-badge";
import { Card, CardBody } from "@/app/_components/ui/card";
import { DescriptionList, type DescriptionItem } from "@/app/_components/ui/description-list";
import { ProgressBar } from "../_components/progress-bar";
import { personName, type ProgramView } from "./program-data";

export async function ProgramSummary({ program }: { program: ProgramView }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("programs.page"), getTranslations("common"), getFormatter()]);
  const none = <span className="text-muted">{tCommon("none")}</span>;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : null);
  const daysLeft = program.windowEnd ? differenceInCalendarDays(program.windowEnd, new Date()) : null;
  const window =
    program.windowStart && program.windowEnd ? (
      <span data-testid="program-window">
        {format.dateTimeRange(program.windowStart, program.windowEnd, { dateStyle: "medium" })}
        {program.status === "APPROVED" && daysLeft !== null ? (
          <span className={daysLeft < 0 ? "block text-xs text-danger-700" : "block text-xs text-muted"}>{daysLeft < 0 ? t("daysOver", { days: -daysLeft }) : t("daysLeft", { days: daysLeft })}</span>
        ) : null}
      </span>
    ) : (
      <span className="text-muted">{t("notApprovedYet")}</span>
    );

  const items: DescriptionItem[] = [
    {
      label: t("client"),
      value: (
        <span className="flex flex-wrap items-center gap-2">
          <Link href={`/office/clients/${program.client.id}`} data-testid="program-client-link" className="font-medium text-brand-700 hover:underline">
            {program.client.name}
          </Link>
          <span data-testid="client-stage" data-stage={program.client.stage}>
            <StageBadge stage={program.client.stage} />
          </span>
        </span>
      ),
    },
    { label: t("approvedFrom"), value: <span data-testid="program-approved-from">{date(program.approvedFrom) ?? none}</span> },
    { label: t("window"), value: window },
    { label: t("manager"), value: personName(program.manager) ?? none },
    { label: t("group"), value: <span data-testid="program-group">{program.group?.name ?? t("noGroup")}</span> },
    { label: t("progress"), value: <ProgressBar {...program.progress} testId="program-progress" /> },
  ];
  if (program.refusalReason) items.push({ label: t("refusalReason"), value: program.refusalReason });
  if (program.capacityOverrideReason) items.push({ label: t("capacityOverrideReason"), value: program.capacityOverrideReason });
  if (program.completedAt) items.push({ label: t("completedAt"), value: date(program.completedAt) });

  return (
    <Card>
      <CardBody>
        <DescriptionList items={items} />
      </CardBody>
    </Card>
  );
}
