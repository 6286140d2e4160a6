// The open work that blocks a deactivation: managed clients, open programs, unfinished tasks and group places.
import { Link } from "@/app/_components/ui/link";
import { getTranslations } from "@/app/_i18n/server";

type Work = {
  clients: Array<{ id: string; name: string }>;
  programs: Array<{ id: string; clientName: string }>;
  tasks: Array<{ id: string; title: string; programId: string; clientName: string }>;
  groups: Array<{ id: string; name: string }>;
};

export async function OpenWorkList({ work }: { work: Work }) {
  const t = await getTranslations("staffAdmin.card");
  const sections = [
    { key: "clients" as const, items: work.clients.map((c) => ({ id: c.id, href: `/office/clients/${c.id}`, label: c.name })) },
    { key: "programs" as const, items: work.programs.map((p) => ({ id: p.id, href: `/office/programs/${p.id}`, label: p.clientName })) },
    { key: "tasks" as const, items: work.tasks.map((task) => ({ id: task.id, href: `/office/programs/${task.programId}`, label: `${task.title} — ${task.clientName}` })) },
    { key: "groups" as const, items: work.groups.map((g) => ({ id: g.id, href: `/office/groups/${g.id}`, label: g.name })) },
  ].filter((section) => section.items.length > 0);
  if (sections.length === 0) return <p className="text-sm text-muted">{t("noWork")}</p>;
  return (
    <div className="space-y-4" data-testid="staff-open-work">
      {sections.map((section) => (
        <section key={section.key}>
          <h3 className="text-sm font-semibold text-ink">
            {t(`work.${section.key}`)} ({section.items.length})
          </h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {section.items.map((item) => (
              <li key={item.id}>
                <Link href={item.href} className="text-brand-700 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
