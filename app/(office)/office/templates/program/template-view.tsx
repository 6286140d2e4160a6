// The program template read-only: name, window and the tasks in order with their role and day offset.
import { getTranslations } from "@/app/_i18n/server";
import type { TaskRole } from "@/server/generated/prisma/enums";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";

type Template = {
  name: string;
  windowDays: number;
  tasks: { id: string; title: string; description: string | null; responsibleRole: TaskRole; dayOffset: number }[];
};

export async function TemplateView({ template }: { template: Template }) {
  const [t, tRole] = await Promise.all([getTranslations("programs.template"), getTranslations("programs.roles")]);
  return (
    <Card>
      <CardHeader title={template.name} description={t("windowSummary", { days: template.windowDays })} />
      <Table caption={t("tasksTitle")}>
        <thead>
          <tr>
            <Th className="w-12">#</Th>
            <Th>{t("taskTitle")}</Th>
            <Th>{t("role")}</Th>
            <Th>{t("dayOffset")}</Th>
          </tr>
        </thead>
        <tbody>
          {template.tasks.map((task, index) => (
            <Tr key={task.id}>
              <Td className="tabular-nums">{index + 1}</Td>
              <Td>
                <span className="font-medium text-ink">{task.title}</span>
                {task.description ? <span className="block text-xs text-muted">{task.description}</span> : null}
              </Td>
              <Td>{tRole(task.responsibleRole)}</Td>
              <Td className="tabular-nums">{t("dayN", { day: task.dayOffset })}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
