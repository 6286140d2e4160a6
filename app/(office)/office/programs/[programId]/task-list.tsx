// The program's tasks in order: who, when, status (overdue ones stand out), a status changer and comments.
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { cn } from "@/app/_components/ui/cn";
import type { TaskStatus } from "@/server/generated/prisma/enums";
import { personName, type ProgramView } from "./program-data";
import { TaskStatusForm } from "./task-status-form";
import { TaskComments } from "./task-comments";

const statusTone: Record<TaskStatus, BadgeTone> = { TODO: "neutral", IN_PROGRESS: "progress", DONE: "success", BLOCKED: "warning" };

export async function TaskList({ program, canUpdate }: { program: ProgramView; canUpdate: boolean }) {
  const [t, tRole, tStatus, format] = await Promise.all([
    getTranslations("programs.tasks"),
    getTranslations("programs.roles"),
    getTranslations("programs.taskStatus"),
    getFormatter(),
  ]);
  const editable = canUpdate && program.status === "APPROVED";
  return (
    <Card>
      <CardHeader title={t("title")} description={program.status === "DRAFT" ? t("draftHint") : undefined} />
      <ol className="divide-y divide-line">
        {program.tasks.map((task, index) => {
          const n = index + 1;
          return (
            <li
              key={task.id}
              data-testid={`task-${n}`}
              data-status={task.status}
              data-overdue={task.overdue}
              className={cn("space-y-3 px-5 py-4", task.overdue && "border-l-4 border-l-danger-700 bg-danger-50/40")}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="text-sm font-semibold text-ink">
                    <span className="mr-1 text-muted tabular-nums">{n}.</span>
                    {task.title}
                  </h3>
                  {task.description ? <p className="mt-0.5 text-sm text-muted">{task.description}</p> : null}
                </div>
                <div className="flex flex-wrap gap-1.5">
                  {task.overdue ? (
                    <span data-testid={`task-${n}-overdue`}>
                      <Badge tone="danger">{t("overdue")}</Badge>
                    </span>
                  ) : null}
                  <span data-testid={`task-${n}-status-badge`}>
                    <Badge tone={statusTone[task.status]}>{tStatus(task.status)}</Badge>
                  </span>
                </div>
              </div>
              <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                <div>
                  <dt className="text-xs text-muted">{t("role")}</dt>
                  <dd className="text-ink-soft">{tRole(task.responsibleRole)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">{t("assignee")}</dt>
                  <dd className="text-ink-soft">{task.responsibleRole === "CLIENT" ? tRole("CLIENT") : (personName(task.assignee) ?? t("unassigned"))}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted">{t("dueDate")}</dt>
                  <dd className={cn(task.overdue ? "font-medium text-danger-700" : "text-ink-soft", task.outsideWindow && "underline decoration-amber-500 decoration-wavy")}>
                    {task.dueDate ? format.dateTime(task.dueDate, { dateStyle: "medium" }) : t("noDueDate")}
                  </dd>
                </div>
              </dl>
              {task.status === "BLOCKED" && task.blockedReason ? (
                <p className="text-sm text-amber-900" data-testid={`task-${n}-blocked-reason-text`}>
                  {t("blockedBecause", { reason: task.blockedReason })}
                </p>
              ) : null}
              {editable ? <TaskStatusForm key={task.status} n={n} programId={program.id} taskId={task.id} status={task.status} blockedReason={task.blockedReason ?? ""} /> : null}
              <TaskComments
                n={n}
                programId={program.id}
                taskId={task.id}
                canComment={canUpdate}
                comments={task.comments.map((c) => ({
                  id: c.id,
                  body: c.body,
                  author: program.commentAuthors[c.authorUserId] ?? t("unknownAuthor"),
                  when: format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                }))}
              />
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
