// An outbox row's delivery status as a translated badge.
import { getTranslations } from "@/app/_i18n/server";
import type { EmailStatus } from "@/server/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const statusTone: Record<EmailStatus, BadgeTone> = { PENDING: "warning", SENT: "success", DELIVERED_LOCALLY: "info", FAILED: "danger" };

export async function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const t = await getTranslations("enums.emailStatus");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}
