// Tells a client's authorized persons about their transition: a portal notification and an e-mail each.
import type { Tx } from "@/server/db";
import { enqueueEmail } from "@/server/mail/outbox";
import { toEmailLocale, type EmailLocale } from "@/emails/render";

export type ClientEvent = "program-started" | "task-done" | "action-needed" | "connected" | "refused-by-outsourcer" | "refused-by-client";

const titles: Record<EmailLocale, Record<Exclude<ClientEvent, "connected" | "refused-by-outsourcer" | "refused-by-client">, (d: EventData) => { title: string; body: string }>> = {
  ru: {
    "program-started": (d) => ({ title: "Программа перехода запущена", body: `Программа перехода ${d.clientName} утверждена. Следите за ходом в личном кабинете.` }),
    "task-done": (d) => ({ title: `Задача выполнена: ${d.taskTitle ?? ""}`, body: `В программе перехода ${d.clientName} выполнена задача «${d.taskTitle ?? ""}».` }),
    "action-needed": (d) => ({ title: `Нужно ваше действие: ${d.taskTitle ?? ""}`, body: `Для перехода ${d.clientName} нужно ваше участие: «${d.taskTitle ?? ""}». Откройте раздел «Мои задачи».` }),
  },
  en: {
    "program-started": (d) => ({ title: "Your transition program has started", body: `The transition program of ${d.clientName} is approved. Follow its progress in the portal.` }),
    "task-done": (d) => ({ title: `Task done: ${d.taskTitle ?? ""}`, body: `The task "${d.taskTitle ?? ""}" of ${d.clientName}'s transition program is done.` }),
    "action-needed": (d) => ({ title: `Your action is needed: ${d.taskTitle ?? ""}`, body: `${d.clientName}'s transition needs you: "${d.taskTitle ?? ""}". Open "My to-dos".` }),
  },
};

type EventData = { clientName: string; firmName: string; taskTitle?: string; reason?: string };

export function portalUrl(path = "/portal"): string {
  return `${(process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "")}${path}`;
}

/**
 * Writes one portal notification for the client and enqueues one e-mail per active authorized person,
 * inside the caller's transaction; `eventKey` makes a repeated call send nothing twice. Call
 * `deliverSoon()` after the transaction commits.
 */
export async function notifyClientPersons(
  tx: Tx,
  input: { firmId: string; clientId: string; event: ClientEvent; eventKey: string; data: EventData },
): Promise<void> {
  const persons = await tx.authorizedPerson.findMany({
    where: { clientId: input.clientId, invitationState: { not: "REVOKED" } },
    select: { id: true, email: true, user: { select: { locale: true } } },
  });
  await tx.portalNotification.create({
    data: { clientId: input.clientId, kind: input.event, data: { taskTitle: input.data.taskTitle ?? null, reason: input.data.reason ?? null } },
  });
  for (const person of persons) {
    const locale = toEmailLocale(person.user.locale);
    const dedupeKey = `${input.eventKey}:${person.id}`;
    const common = { to: person.email, locale, firmId: input.firmId, dedupeKey };
    if (input.event === "connected") {
      await enqueueEmail({ ...common, template: "connection-notice", data: { clientName: input.data.clientName, firmName: input.data.firmName, portalUrl: portalUrl("/portal/access") } }, tx);
    } else if (input.event === "refused-by-outsourcer" || input.event === "refused-by-client") {
      const kind = input.event === "refused-by-outsourcer" ? "outsourcer" : "client";
      await enqueueEmail({ ...common, template: "refusal", data: { clientName: input.data.clientName, firmName: input.data.firmName, kind, reason: input.data.reason } }, tx);
    } else {
      const text = titles[locale][input.event](input.data);
      await enqueueEmail({ ...common, template: "notification", data: { ...text, portalUrl: portalUrl("/portal") } }, tx);
    }
  }
}
