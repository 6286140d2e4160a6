// The mixed office/portal workload: reads (pages, tRPC queries) and writes whose acknowledgements go to a ledger.
import type { PrismaClient } from "@/server/generated/prisma/client";
import { randomInn, randomOgrn } from "@/prisma/factories";
import type { Session } from "./http";
import type { Op, VirtualUser } from "./load";
import type { Fixture, SoakPerson, SoakTask } from "./fixtures";

type TaskState = { status: "TODO" | "IN_PROGRESS"; lastAcked: string | null; uncertain: boolean; acked: number };

/** What the app acknowledged: checked against the database afterwards. */
export class Ledger {
  readonly comments: string[] = [];
  readonly clients: string[] = [];
  readonly readNotifications: string[] = [];
  readonly tasks = new Map<string, TaskState>();
  private readonly usedInns = new Set<string>();

  freshInn(): string {
    for (;;) {
      const inn = randomInn();
      if (!this.usedInns.has(inn)) {
        this.usedInns.add(inn);
        return inn;
      }
    }
  }

  get acknowledged(): number {
    return this.comments.length + this.clients.length + this.readNotifications.length + [...this.tasks.values()].reduce((n, t) => n + t.acked, 0);
  }
}

const random = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

export function staffUser(session: Session, tasks: SoakTask[], fallbackTasks: SoakTask[], ledger: Ledger): VirtualUser {
  const own = tasks.length > 0 ? tasks : [];
  const anyTask = () => random(own.length > 0 ? own : fallbackTasks);
  const ops: Op[] = [
    { name: "page /office", weight: 8, write: false, run: () => session.page("/office") },
    { name: "page /office/clients", weight: 8, write: false, run: () => session.page("/office/clients") },
    { name: "page client card", weight: 8, write: false, run: () => session.page(`/office/clients/${anyTask().clientId}`) },
    { name: "q office.clients.list", weight: 8, write: false, run: async () => void (await session.query("office.clients.list", {})) },
    { name: "q office.clients.get", weight: 6, write: false, run: async () => void (await session.query("office.clients.get", { clientId: anyTask().clientId })) },
    { name: "q office.programs.get", weight: 6, write: false, run: async () => void (await session.query("office.programs.get", { programId: anyTask().programId })) },
    { name: "q office.dashboard.summary", weight: 4, write: false, run: async () => void (await session.query("office.dashboard.summary")) },
    {
      name: "m office.programs.tasks.comment",
      weight: 12,
      write: true,
      run: async () => {
        const comment = await session.mutate<{ id: string }>("office.programs.tasks.comment", { taskId: anyTask().id, body: `Нагрузочный комментарий ${Date.now()}` });
        ledger.comments.push(comment.id);
      },
    },
    {
      name: "m office.clients.create",
      weight: 6,
      write: true,
      run: async () => {
        const input = { name: `ООО «Новый ${Date.now()}»`, inn: ledger.freshInn(), kpp: "770101001", ogrn: randomOgrn(), taxRegime: "USN_INCOME", managerId: null };
        const created = await session.mutate<{ clientId: string }>("office.clients.create", input);
        ledger.clients.push(created.clientId);
      },
    },
  ];
  if (own.length > 0) {
    ops.push({
      name: "m office.programs.tasks.setStatus",
      weight: 12,
      write: true,
      run: async () => {
        const task = random(own);
        const state = ledger.tasks.get(task.id)!;
        const next = state.status === "TODO" ? "IN_PROGRESS" : "TODO";
        try {
          await session.mutate("office.programs.tasks.setStatus", { taskId: task.id, status: next });
        } catch (error) {
          state.uncertain = true;
          throw error;
        }
        state.status = next;
        state.lastAcked = next;
        state.uncertain = false;
        state.acked += 1;
      },
    });
  }
  return { label: session.label, ops };
}

export function portalUser(session: Session, person: SoakPerson, ledger: Ledger): VirtualUser {
  const clientId = person.clientId;
  const ops: Op[] = [
    { name: "page /portal", weight: 10, write: false, run: () => session.page("/portal") },
    { name: "page /portal/notifications", weight: 5, write: false, run: () => session.page("/portal/notifications") },
    { name: "q portal.home", weight: 8, write: false, run: async () => void (await session.query("portal.home", { clientId })) },
    { name: "q portal.notifications.list", weight: 6, write: false, run: async () => void (await session.query("portal.notifications.list", { clientId })) },
    { name: "q portal.badges", weight: 6, write: false, run: async () => void (await session.query("portal.badges", { clientId })) },
    {
      name: "m portal.notifications.markRead",
      weight: 6,
      write: true,
      run: async () => {
        const notificationId = random(person.notificationIds);
        const { count } = await session.mutate<{ count: number }>("portal.notifications.markRead", { clientId, notificationId });
        if (count === 1) ledger.readNotifications.push(notificationId);
      },
    },
  ];
  return { label: session.label, ops };
}

/** Gives each staff user its own tasks (so the toggles of one task have one writer) and registers them in the ledger. */
export async function assignTasks(db: PrismaClient, fixture: Fixture, staffCount: number, ledger: Ledger): Promise<SoakTask[][]> {
  const current = await db.programTask.findMany({ where: { id: { in: fixture.tasks.map((t) => t.id) } }, select: { id: true, status: true } });
  const statusOf = new Map(current.map((t) => [t.id, t.status]));
  const buckets: SoakTask[][] = Array.from({ length: staffCount }, () => []);
  fixture.tasks.forEach((task, index) => {
    const status = statusOf.get(task.id);
    if (status !== "TODO" && status !== "IN_PROGRESS") return;
    buckets[index % staffCount]!.push(task);
    ledger.tasks.set(task.id, { status, lastAcked: null, uncertain: false, acked: 0 });
  });
  return buckets;
}

export type Verification = { acknowledged: number; missing: number; details: string[] };

/** Every acknowledged write must be in the database. */
export async function verifyLedger(db: PrismaClient, ledger: Ledger, since: Date): Promise<Verification> {
  const details: string[] = [];
  const comments = await db.taskComment.count({ where: { id: { in: ledger.comments } } });
  if (comments !== ledger.comments.length) details.push(`comments: ${ledger.comments.length - comments} of ${ledger.comments.length} missing`);
  const clients = await db.client.count({ where: { id: { in: ledger.clients } } });
  if (clients !== ledger.clients.length) details.push(`clients: ${ledger.clients.length - clients} of ${ledger.clients.length} missing`);
  const read = await db.portalNotification.count({ where: { id: { in: ledger.readNotifications }, readAt: { not: null } } });
  if (read !== ledger.readNotifications.length) details.push(`read marks: ${ledger.readNotifications.length - read} of ${ledger.readNotifications.length} missing`);
  const taskIds = [...ledger.tasks.keys()];
  const rows = await db.programTask.findMany({ where: { id: { in: taskIds } }, select: { id: true, status: true } });
  const logged = await db.activityLog.groupBy({ by: ["subjectId"], where: { action: "task.status", subjectId: { in: taskIds }, createdAt: { gte: since } }, _count: { _all: true } });
  const loggedOf = new Map(logged.map((l) => [l.subjectId, l._count._all]));
  let statusMissing = 0;
  for (const row of rows) {
    const state = ledger.tasks.get(row.id)!;
    if ((loggedOf.get(row.id) ?? 0) < state.acked) statusMissing += state.acked - (loggedOf.get(row.id) ?? 0);
    if (state.lastAcked && !state.uncertain && row.status !== state.lastAcked) {
      statusMissing += 1;
      details.push(`task ${row.id}: last acknowledged ${state.lastAcked}, database has ${row.status}`);
    }
  }
  const statusAcked = [...ledger.tasks.values()].reduce((n, t) => n + t.acked, 0);
  if (statusMissing > 0) details.push(`task status changes: ${statusMissing} of ${statusAcked} not in the database`);
  const missing = ledger.comments.length - comments + (ledger.clients.length - clients) + (ledger.readNotifications.length - read) + statusMissing;
  return { acknowledged: ledger.acknowledged, missing, details: details.slice(0, 12) };
}
