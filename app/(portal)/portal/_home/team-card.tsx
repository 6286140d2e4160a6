// The team serving the client: manager, chief accountant, accountant and operators, with e-mail and phone links.
import { getTranslations } from "@/app/_i18n/server";
import { Card, CardHeader } from "@/app/_components/ui/card";
import type { TeamMember } from "@/server/portal/home.service";

export async function TeamCard({ team }: { team: TeamMember[] }) {
  const [t, tRole] = await Promise.all([getTranslations("portal.home"), getTranslations("enums.role")]);
  return (
    <Card>
      <CardHeader title={t("teamTitle")} description={t("teamSubtitle")} />
      {team.length === 0 ? (
        <p className="px-5 py-4 text-sm text-muted">{t("teamEmpty")}</p>
      ) : (
        <ul data-testid="portal-team" className="grid grid-cols-1 gap-px bg-line sm:grid-cols-2">
          {team.map((member) => (
            <li key={`${member.role}-${member.email}`} className="bg-surface px-5 py-4">
              <p className="text-xs font-medium tracking-wide text-muted uppercase">{tRole(member.role)}</p>
              <p className="mt-0.5 text-sm font-semibold text-ink">{member.name}</p>
              <p className="mt-1 text-sm break-all">
                <span className="sr-only">{t("email")}: </span>
                <a href={`mailto:${member.email}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {member.email}
                </a>
              </p>
              {member.phone ? (
                <p className="text-sm">
                  <span className="sr-only">{t("phone")}: </span>
                  <a href={`tel:${member.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {member.phone}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
