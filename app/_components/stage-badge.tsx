// A client's pipeline stage as a translated badge, coloured by how far the client has come.
import { getTranslations } from "@/app/_i18n/server";
import type { ClientStage } from "@/server/generated/prisma/enums";
import { Badge, type BadgeTone } from "./ui/badge";

const stageTone: Record<ClientStage, BadgeTone> = {
  LEAD: "neutral",
  AUDIT: "warning",
  TRANSITION: "progress",
  CONNECTED: "success",
  REFUSED: "danger",
};

export async function StageBadge({ stage }: { stage: ClientStage }) {
  const t = await getTranslations("enums.stage");
  return <Badge tone={stageTone[stage]}>{t(stage)}</Badge>;
}
