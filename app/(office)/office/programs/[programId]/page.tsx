// Transition program page: header, approval, window, working group, the three domain actions and the tasks.
import type { Metadata } from "next";
import { cache } from "react";
import { connection } from "next/server";
import { getTranslations } from "@/app/_i18n/server";
import { requireStaff } from "@/server/auth/guards";
import { staffCan } from "@/server/auth/permissions";
import { serverApi } from "@/server/trpc/server";
import { orNotFound } from "@/app/_components/not-found-errors";
import { firstParam, type SearchParams } from "@/app/_components/search-params";
import { PageHeader } from "@/app/_components/ui/page-header";
import { ProgramStatusBadge } from "../_components/program-status-badge";
import { ProgramSummary } from "./program-summary";
import { ApproveForm } from "./approve-form";
import { WindowPanel } from "./window-panel";
import { GroupPanel } from "./group-panel";
import { ActionsPanel } from "./actions-panel";
import { TaskList } from "./task-list";
import { ClientMessages } from "@/app/_i18n/client-messages";

type Params = Promise<{ programId: string }>;

const getProgram = cache(async (programId: string) => orNotFound((await serverApi()).office.programs.get({ programId })));

async function load(params: Params) {
  await connection();
  return getProgram((await params).programId);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [program, t] = await Promise.all([load(params), getTranslations("programs.page")]);
  return { title: t("metaTitle", { client: program.client.name }) };
}

export default async function ProgramPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const program = await load(params);
  const groupSearch = firstParam(await searchParams, "group");
  const [actor, t] = await Promise.all([requireStaff(`/office/programs/${program.id}`), getTranslations("programs.page")]);
  const canManage = staffCan(actor.role, "programs.manage");
  const open = program.status === "DRAFT" || program.status === "APPROVED";
  const windowDays = program.windowStart && program.windowEnd ? null : await templateWindowDays();

  return (
    <ClientMessages namespaces={["programs.comments", "programs.window", "programs.taskStatus", "programs.tasks", "programs.approve", "programs.group", "programs.refusal"]}>
      <PageHeader
        title={t("title", { client: program.client.name })}
        back={{ href: `/office/clients/${program.client.id}`, label: t("backToClient") }}
        actions={<ProgramStatusBadge status={program.status} testId="program-status" />}
      />
      <div className="space-y-6">
        <ProgramSummary program={program} />
        {program.status === "DRAFT" && canManage ? <ApproveForm programId={program.id} version={program.version} defaultWindowDays={windowDays ?? 7} /> : null}
        {program.status === "APPROVED" ? <WindowPanel program={program} canEdit={canManage} /> : null}
        {open && canManage ? <GroupPanel program={program} search={groupSearch} canOverride={staffCan(actor.role, "programs.overrideCapacity")} /> : null}
        <ActionsPanel programId={program.id} version={program.version} canRefuse={open && canManage} />
        <TaskList program={program} canUpdate={staffCan(actor.role, "tasks.update")} />
      </div>
    </ClientMessages>
  );
}

/** The window length the firm's template proposes for approval. */
async function templateWindowDays(): Promise<number | null> {
  const template = await (await serverApi()).office.programTemplates.get();
  return template?.windowDays ?? null;
}
