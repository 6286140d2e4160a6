// Working-group assignment: the server's suggestion preselected, every group with its load and capacity.
import { getTranslations } from "@/app/_i18n/server";
import { serverApi } from "@/server/trpc/server";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import type { ProgramView } from "./program-data";
import { GroupForm, type GroupOption } from "./group-form";

export async function GroupPanel({ program, canOverride }: { program: ProgramView; canOverride: boolean }) {
  const [t, suggestion] = await Promise.all([
    getTranslations("programs.group"),
    (await serverApi()).office.groups.suggestForProgram({ programId: program.id }),
  ]);
  const options: GroupOption[] = suggestion.groups.map((group) => ({
    id: group.id,
    label: t("option", { name: group.name, load: group.load, capacity: group.capacity }),
    flags: [group.id === suggestion.suggestedGroupId ? t("suggested") : null, group.complete ? null : t("incomplete"), group.load >= group.capacity ? t("full") : null]
      .filter((flag): flag is string => flag !== null)
      .join(", "),
  }));
  const selected = program.group?.id ?? suggestion.suggestedGroupId ?? options[0]?.id ?? "";
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={program.group ? t("current", { name: program.group.name }) : t("none")}
      />
      <CardBody>
        {options.length === 0 ? (
          <p className="text-sm text-muted">{t("noGroups")}</p>
        ) : (
          <GroupForm programId={program.id} version={program.version} options={options} selected={selected} canOverride={canOverride} />
        )}
      </CardBody>
    </Card>
  );
}
