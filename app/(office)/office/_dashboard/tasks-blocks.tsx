// Dashboard blocks: overdue tasks of the actor's clients, and the signed-in staff member's own open tasks.
import { Link } from "@/app/_components/ui/link";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import type { DashboardSummary } from "@/server/dashboard/dashboard.service";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/app/_components/ui/table";

type Task = DashboardSummary["myTasks"][number];

export async function OverdueBlock({ tasks, total, capped = false }: { tasks: Task[]; total: number; capped?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.overdue"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} actions={total > 0 ? <Badge tone="danger">{`${format.number(total)}${capped ? "+" : ""}`}</Badge> : null} />
      <div data-testid="dashboard-overdue">
        {tasks.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <Table caption={t("caption")}>
            <thead>
              <tr>
                <Th>{t("task")}</Th>
                <Th>{t("client")}</Th>
                <Th>{t("assignee")}</Th>
                <Th>{t("due")}</Th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <Tr key={task.id} data-testid="dashboard-overdue-task">
                  <Td>
                    <Link href={`/office/programs/${task.programId}`} className="font-medium text-ink hover:underline">
                      {task.title}
                    </Link>
                  </Td>
                  <Td>{task.client.name}</Td>
                  <Td>{task.assigneeName ?? <span className="text-muted">{t("noAssignee")}</span>}</Td>
                  <Td className="whitespace-nowrap text-rose-700 tabular-nums">{task.dueDate ? format.dateTime(task.dueDate, { dateStyle: "medium" }) : "—"}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
        {total > tasks.length ? <CardBody className="border-t border-line text-xs text-muted">{t("more", { shown: tasks.length, total })}</CardBody> : null}
      </div>
    </Card>
  );
}

export async function MyTasksBlock({ tasks, prominent }: { tasks: Task[]; prominent: boolean }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("dashboard.myTasks"), getTranslations("dashboard.taskStatus"), getFormatter()]);
  return (
    <Card className={prominent ? "border-brand-300 ring-2 ring-brand-100" : undefined}>
      <CardHeader title={t("title")} description={t("description")} />
      <div data-testid="dashboard-my-tasks">
        {tasks.length === 0 ? (
          <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <ul className="divide-y divide-line">
            {tasks.map((task) => (
              <li key={task.id} data-testid="dashboard-my-task" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 py-3">
                <div className="min-w-0">
                  <Link href={`/office/programs/${task.programId}`} className="block text-sm font-medium text-ink hover:underline">
                    {task.title}
                  </Link>
                  <span className="text-xs text-muted">{task.client.name}</span>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                  <Badge tone={task.status === "BLOCKED" ? "warning" : task.status === "IN_PROGRESS" ? "progress" : "neutral"}>{tStatus(task.status)}</Badge>
                  {task.overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
                  <span className="tabular-nums">{task.dueDate ? t("due", { date: format.dateTime(task.dueDate, { dateStyle: "medium" }) }) : t("noDue")}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
