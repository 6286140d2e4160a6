// Progress of a program: done of total tasks as a bar with its numbers, readable by screen readers.
import { getTranslations } from "@/app/_i18n/server";

type ProgressBarProps = { done: number; total: number; percent: number; testId?: string };

export async function ProgressBar({ done, total, percent, testId }: ProgressBarProps) {
  const t = await getTranslations("programs.progress");
  const label = t("label", { done, total, percent });
  return (
    <div data-testid={testId} data-done={done} data-total={total} className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs text-muted tabular-nums">{label}</p>
    </div>
  );
}
