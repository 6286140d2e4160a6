// The transition window: a warning listing tasks due outside it, and (for managers) the form to move it.
import { getFormatter, getTranslations } from "@/app/_i18n/server";
import { Card, CardBody, CardHeader } from "@/app/_components/ui/card";
import { dateToInput } from "../_lib/dates";
import type { ProgramView } from "./program-data";
import { WindowForm } from "./window-form";

export async function WindowPanel({ program, canEdit }: { program: ProgramView; canEdit: boolean }) {
  const [t, format] = await Promise.all([getTranslations("programs.window"), getFormatter()]);
  const outside = program.tasks.filter((task) => task.outsideWindow);
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-4">
        {outside.length > 0 ? (
          <div role="status" data-testid="window-warning" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900">
            <p className="font-medium">{t("outsideWarning", { count: outside.length })}</p>
            <ul className="mt-1 list-disc pl-5">
              {outside.map((task) => (
                <li key={task.id}>
                  {task.title}
                  {task.dueDate ? ` — ${format.dateTime(task.dueDate, { dateStyle: "medium" })}` : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {canEdit ? (
          <WindowForm programId={program.id} version={program.version} windowStart={dateToInput(program.windowStart)} windowEnd={dateToInput(program.windowEnd)} />
        ) : null}
      </CardBody>
    </Card>
  );
}
