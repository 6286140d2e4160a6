// The signed-in staff member: name and translated role.
import { getTranslations } from "@/app/_i18n/server";
import type { StaffRole } from "@/server/generated/prisma/enums";

export async function UserBadge({ name, role }: { name: string; role: StaffRole }) {
  const t = await getTranslations("enums.role");
  return (
    <div className="min-w-0 leading-tight">
      <p className="truncate text-sm font-medium text-ink">{name}</p>
      <p className="truncate text-xs text-muted">{t(role)}</p>
    </div>
  );
}
