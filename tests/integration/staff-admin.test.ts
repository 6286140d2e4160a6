import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/server/db";
import { loadActor } from "@/server/auth/actor";
import { verifyPassword } from "@/server/auth/password";
import { createStaff } from "@/prisma/factories";
import { acceptInvitation, invitationByToken, inviteStaff, resendInvitation } from "@/server/staff/invitations.service";
import { changeRole, deactivateStaff, handOver, reactivateStaff } from "@/server/staff/staff-admin.service";
import { getStaff, listStaff } from "@/server/staff/staff.service";
import { createClientWithProgram, createFirmScenario, staffActorFor, type FirmScenario } from "@/tests/support/scenario";

let s: FirmScenario;

beforeAll(async () => {
  s = await createFirmScenario();
});

async function invitationLink(email: string) {
  const row = await db.emailOutbox.findFirstOrThrow({ where: { recipient: email, template: "staff-invitation" }, orderBy: { createdAt: "desc" } });
  const url = (row.data as { acceptUrl: string }).acceptUrl;
  return { row, url, token: url.split("/invite/")[1]! };
}

describe("invitations", () => {
  it("creates a member without a password, e-mails a link, and the link sets the password once", async () => {
    const email = `new-${Date.now()}@staff.test`;
    const { staffId } = await inviteStaff({ actor: s.actors.admin }, { name: "Новый Оператор", email: email.toUpperCase(), role: "OPERATOR" });
    const staff = await db.staffMember.findUniqueOrThrow({ where: { id: staffId }, include: { user: true, invitations: true } });
    expect(staff).toMatchObject({ role: "OPERATOR", passwordHash: null, active: true, firmId: s.firm.id });
    expect(staff.invitedAt).toBeInstanceOf(Date);
    expect(staff.user.email).toBe(email);
    const { url, token } = await invitationLink(email);
    expect(url).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{40,}$/);
    expect(staff.invitations[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(staff.invitations[0]?.tokenHash).not.toContain(token);
    expect((await invitationByToken(token)).state).toBe("valid");
    expect((await listStaff({ actor: s.actors.operator }, { search: email })).items.find((m) => m.id === staffId)).toMatchObject({ pending: true });

    await expect(acceptInvitation({ token, password: "short", confirm: "short" })).rejects.toThrow();
    await expect(acceptInvitation({ token, password: "long-enough-1", confirm: "long-enough-2" })).rejects.toThrow();
    await acceptInvitation({ token, password: "long-enough-password", confirm: "long-enough-password" });
    const after = await db.staffMember.findUniqueOrThrow({ where: { id: staffId } });
    expect(await verifyPassword(after.passwordHash, "long-enough-password")).toBe(true);
    expect((await invitationByToken(token)).state).toBe("used");
    await expect(acceptInvitation({ token, password: "another-password", confirm: "another-password" })).rejects.toMatchObject({ messageKey: "staffAdmin.invite.errors.used" });

    const activity = await db.activityLog.findMany({ where: { subjectId: staffId } });
    expect(activity.map((a) => a.action).sort()).toEqual(["staff.invitationAccepted", "staff.invited"]);
    expect(JSON.stringify(activity)).not.toContain(token);
  });

  it("refuses an e-mail that already exists as a field error", async () => {
    await expect(inviteStaff({ actor: s.actors.admin }, { name: "Дубль", email: s.staff.accountant.user.email, role: "ACCOUNTANT" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["staffAdmin.errors.emailTaken"] },
    });
  });

  it("refuses an expired link; a resent link works and the old one stops working", async () => {
    const email = `late-${Date.now()}@staff.test`;
    const { staffId } = await inviteStaff({ actor: s.actors.admin }, { name: "Опоздавший", email, role: "ACCOUNTANT", locale: "en" });
    const { token, row } = await invitationLink(email);
    expect(row.locale).toBe("en");
    await db.staffInvitation.updateMany({ where: { staffId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await invitationByToken(token)).state).toBe("expired");
    await expect(acceptInvitation({ token, password: "long-enough-password", confirm: "long-enough-password" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "staffAdmin.invite.errors.expired" });
    expect((await invitationByToken("not-a-real-token-but-long-enough")).state).toBe("invalid");
    await resendInvitation({ actor: s.actors.admin }, staffId);
    const fresh = await invitationLink(email);
    expect(fresh.token).not.toBe(token);
    await acceptInvitation({ token: fresh.token, password: "long-enough-password", confirm: "long-enough-password" });
    await expect(resendInvitation({ actor: s.actors.admin }, staffId)).rejects.toMatchObject({ messageKey: "staffAdmin.errors.notPending" });
  });
});

describe("deactivation and hand-over", () => {
  it("refuses while the person has open work, lists it, and allows it after handOver", async () => {
    const { program } = await createClientWithProgram(s, { approved: true });
    const accountantTasks = await db.programTask.count({ where: { programId: program.id, assigneeId: s.staff.accountant.id } });
    expect(accountantTasks).toBeGreaterThan(0);
    const error = await deactivateStaff({ actor: s.actors.admin }, s.staff.accountant.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PRECONDITION_FAILED", messageKey: "staffAdmin.errors.openWork", details: { groups: [{ id: s.group.id }] } });
    const details = (error as { details: { tasks: unknown[] } }).details;
    expect(details.tasks.length).toBeGreaterThan(0);

    const operator = s.staff.operators[0]!;
    await expect(handOver({ actor: s.actors.admin }, { staffId: s.staff.accountant.id, toStaffId: operator.id })).rejects.toMatchObject({ messageKey: "staffAdmin.errors.handOverRole" });
    const successor = await createStaff(db, { firmId: s.firm.id, role: "ACCOUNTANT" });
    const { moved } = await handOver({ actor: s.actors.admin }, { staffId: s.staff.accountant.id, toStaffId: successor.id });
    expect(moved.groups).toBe(1);
    expect(await db.programTask.count({ where: { programId: program.id, assigneeId: successor.id } })).toBe(accountantTasks);
    expect(await db.workingGroupMember.findMany({ where: { groupId: s.group.id, groupRole: "ACCOUNTANT" } })).toMatchObject([{ staffId: successor.id }]);

    await deactivateStaff({ actor: s.actors.admin }, s.staff.accountant.id);
    expect(await loadActor(s.staff.accountant.userId)).toBeNull();
    await reactivateStaff({ actor: s.actors.admin }, s.staff.accountant.id);
    expect(await loadActor(s.staff.accountant.userId)).not.toBeNull();
    const actions = (await db.activityLog.findMany({ where: { subjectId: s.staff.accountant.id } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["staff.handedOver", "staff.deactivated", "staff.reactivated"]));
  });

  it("moves a manager's clients and open programs only to a MANAGER or ADMIN", async () => {
    const sc = await createFirmScenario();
    const { client, program } = await createClientWithProgram(sc);
    await expect(handOver({ actor: sc.actors.admin }, { staffId: sc.staff.manager.id, toStaffId: sc.staff.operators[0]!.id })).rejects.toMatchObject({ messageKey: "staffAdmin.errors.handOverManager" });
    const card = await getStaff({ actor: sc.actors.admin }, sc.staff.manager.id);
    expect(card.work.clients.map((c) => c.id)).toEqual([client.id]);
    const other = await createStaff(db, { firmId: sc.firm.id, role: "MANAGER" });
    await handOver({ actor: sc.actors.admin }, { staffId: sc.staff.manager.id, toStaffId: other.id });
    expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({ managerId: other.id });
    expect(await db.transitionProgram.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({ managerId: other.id });
    await deactivateStaff({ actor: sc.actors.admin }, sc.staff.manager.id);
  });
});

describe("roles and the last ADMIN", () => {
  it("cannot change your own role, deactivate yourself, or leave the firm without an active ADMIN", async () => {
    const sc = await createFirmScenario();
    await expect(changeRole({ actor: sc.actors.admin }, { staffId: sc.staff.admin.id, role: "MANAGER" })).rejects.toMatchObject({ messageKey: "staffAdmin.errors.ownRole" });
    await expect(deactivateStaff({ actor: sc.actors.admin }, sc.staff.admin.id)).rejects.toMatchObject({ messageKey: "staffAdmin.errors.deactivateSelf" });
    const second = await createStaff(db, { firmId: sc.firm.id, role: "ADMIN" });
    const secondActor = await staffActorFor(second.userId);
    await changeRole({ actor: secondActor }, { staffId: sc.staff.admin.id, role: "MANAGER" });
    // The second ADMIN is now the only one; an (already stale) actor of theirs still cannot remove the last ADMIN.
    await db.staffMember.update({ where: { id: second.id }, data: { active: false } });
    await db.staffMember.update({ where: { id: sc.staff.admin.id }, data: { role: "ADMIN" } });
    await expect(changeRole({ actor: secondActor }, { staffId: sc.staff.admin.id, role: "MANAGER" })).rejects.toMatchObject({ messageKey: "staffAdmin.errors.lastAdmin" });
    await expect(deactivateStaff({ actor: secondActor }, sc.staff.admin.id)).rejects.toMatchObject({ messageKey: "staffAdmin.errors.lastAdmin" });
  });

  it("refuses a role change the person's group place or tasks no longer fit, and allows one that fits", async () => {
    const sc = await createFirmScenario();
    await expect(changeRole({ actor: sc.actors.admin }, { staffId: sc.staff.operators[0]!.id, role: "ACCOUNTANT" })).rejects.toMatchObject({ messageKey: "staffAdmin.errors.roleBlockedByWork" });
    await changeRole({ actor: sc.actors.admin }, { staffId: sc.staff.manager.id, role: "ADMIN" });
    expect(await db.staffMember.findUniqueOrThrow({ where: { id: sc.staff.manager.id } })).toMatchObject({ role: "ADMIN" });
    const log = await db.activityLog.findFirstOrThrow({ where: { subjectId: sc.staff.manager.id, action: "staff.roleChanged" } });
    expect(log.data).toEqual({ from: "MANAGER", to: "ADMIN" });
  });
});
