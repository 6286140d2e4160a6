// A program's copy of its client's stage (kept by triggers, read by a chief accountant's lists) never differs from the client's.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { withClient } from "@/server/db/admin";
import { createClientWithProgram, createFirmScenario } from "@/tests/support/scenario";

const url = () => process.env.DATABASE_URL ?? "";

async function stagesOf(clientId: string) {
  const [client, programs] = await Promise.all([
    db.client.findUniqueOrThrow({ where: { id: clientId }, select: { stage: true } }),
    db.transitionProgram.findMany({ where: { clientId }, select: { clientStage: true } }),
  ]);
  return { client: client.stage, programs: programs.map((program) => program.clientStage) };
}

describe("a program's client stage", () => {
  it("is the client's stage when the program is written, and follows every later change of it", async () => {
    const s = await createFirmScenario();
    const { client, program } = await createClientWithProgram(s);
    expect(await stagesOf(client.id)).toEqual({ client: "TRANSITION", programs: ["TRANSITION"] });

    await db.transitionProgram.update({ where: { id: program.id }, data: { status: "REFUSED_BY_CLIENT" } });
    await db.client.update({ where: { id: client.id }, data: { stage: "REFUSED" } });
    await db.client.updateMany({ where: { id: client.id }, data: { stage: "LEAD" } });
    expect(await stagesOf(client.id)).toEqual({ client: "LEAD", programs: ["LEAD"] });

    await db.client.update({ where: { id: client.id }, data: { stage: "AUDIT" } });
    const { program: second } = await createClientWithProgram(s);
    await db.transitionProgram.update({ where: { id: second.id }, data: { clientId: client.id } });
    expect(await stagesOf(client.id)).toEqual({ client: "AUDIT", programs: ["AUDIT", "AUDIT"] });
  });

  it("cannot be written by hand", async () => {
    const s = await createFirmScenario();
    const { client, program } = await createClientWithProgram(s);
    await db.transitionProgram.update({ where: { id: program.id }, data: { clientStage: "LEAD" } });
    await db.transitionProgram.create({ data: { clientId: client.id, clientStage: "CONNECTED" } });
    expect(await stagesOf(client.id)).toEqual({ client: "TRANSITION", programs: ["TRANSITION", "TRANSITION"] });
  });

  it("is right when a program is written while another transaction changes the client's stage", async () => {
    const s = await createFirmScenario();
    const { client } = await createClientWithProgram(s);
    await withClient(url(), async (changer) => {
      await changer.query("BEGIN");
      await changer.query(`UPDATE "Client" SET "stage" = 'AUDIT' WHERE "id" = $1`, [client.id]);
      const written = db.transitionProgram.create({ data: { clientId: client.id }, select: { id: true } });
      const early = await Promise.race([written.then(() => "written"), new Promise((resolve) => setTimeout(resolve, 300, "waiting"))]);
      await changer.query("COMMIT");
      await written;
      expect(early).toBe("waiting");
    });
    expect(await stagesOf(client.id)).toEqual({ client: "AUDIT", programs: ["AUDIT", "AUDIT"] });
  });
});
