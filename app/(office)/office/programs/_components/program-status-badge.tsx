// A transition program's status as a translated badge (DRAFT, APPROVED, COMPLETED, refused).
import { getTranslations } from "@/app/_i18n/server";
import type { ProgramStatus } from "@/server/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const statusTone: Record<ProgramStatus, BadgeTone> = {
  DRAFT: "neutral",
  APPROVED: "progress",
  COMPLETED: "success",
  REFUSED_BY_OUTSOURCER: "danger",
  REFUSED_BY_CLIENT: "danger",
};

export async function ProgramStatusBadge({ status, testId }: { status: ProgramStatus; testId?: string }) {
  const t = await getTranslations("programs.status");
  return (
    <span data-testid={testId} data-status={status}>
      <Badge tone={statusTone[status]}>{t(status)}</Badge>
    </span>
  );
}
