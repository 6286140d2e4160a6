// The client's own to-dos: confirm the contract (with its date), appoint authorized persons (invite, revoke), each updating the program.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardBody } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageHeader } from "@/app/_components/ui/page-header";
import { TIME_ZONE } from "@/app/_i18n/locales";
import { portalPage } from "../_lib/portal-page";
import { AppointmentForm } from "./appointment-form";
import { ContractForm } from "./contract-form";
import { PersonsCard } from "./persons-card";
import { ClientMessages } from "@/app/_i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.todos");
  return { title: t("metaTitle") };
}

function signedOnOf(result: unknown): Date | null {
  const value = result && typeof result === "object" && "signedOn" in result ? result.signedOn : null;
  return typeof value === "string" ? new Date(value) : null;
}

export default async function PortalTodosPage() {
  const { membership, api, clientId } = await portalPage("/portal/todos");
  const [todos, persons, t, format] = await Promise.all([
    api.portal.todos.list({ clientId }),
    api.portal.persons.list({ clientId }),
    getTranslations("portal.todos"),
    getFormatter(),
  ]);
  const date = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(new Date());
  const othersInvited = persons.some((p) => !p.isMe);

  return (
    <ClientMessages namespaces={["portal.todos", "portal.persons"]}>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="space-y-6">
        {todos.tasks.length === 0 ? (
          <Card>
            <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
          </Card>
        ) : (
          <ul className="space-y-4" data-testid="todo-list">
            {todos.tasks.map((task) => {
              const open = task.status !== "DONE" && todos.programStatus === "APPROVED";
              const signedOn = signedOnOf(task.result);
              return (
                <li key={task.id} data-testid={`todo-${task.kind ?? task.id}`}>
                  <Card>
                    <CardBody className="space-y-3">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <h2 className="text-base font-semibold text-ink">{task.title}</h2>
                        <Badge tone={task.status === "DONE" ? "success" : task.overdue ? "danger" : "warning"}>
                          {task.status === "DONE" ? t("doneBadge") : task.overdue ? t("overdue") : t("openBadge")}
                        </Badge>
                      </div>
                      {task.description ? <p className="text-sm text-muted">{task.description}</p> : null}
                      {task.dueDate && task.status !== "DONE" ? <p className="text-sm text-ink-soft">{t("due", { date: date(task.dueDate) })}</p> : null}
                      {task.kind === "contract" ? (
                        open ? (
                          <ContractForm clientId={clientId} taskId={task.id} today={today} />
                        ) : signedOn ? (
                          <p className="text-sm text-ink">{t("contract.done", { date: date(signedOn) })}</p>
                        ) : null
                      ) : null}
                      {task.kind === "authorized-persons" ? (
                        open ? (
                          <>
                            <p className="text-sm text-ink-soft">{t("appointment.body")}</p>
                            {!membership.canManagePersons ? (
                              <p className="text-sm text-muted">{t("appointment.noPermission")}</p>
                            ) : othersInvited ? (
                              <AppointmentForm clientId={clientId} taskId={task.id} />
                            ) : (
                              <p className="text-sm font-medium text-ink">{t("appointment.needInvite")}</p>
                            )}
                          </>
                        ) : (
                          <p className="text-sm text-ink">{t("appointment.done")}</p>
                        )
                      ) : null}
                    </CardBody>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
        <PersonsCard clientId={clientId} persons={persons} canManage={membership.canManagePersons} />
      </div>
    </ClientMessages>
  );
}
