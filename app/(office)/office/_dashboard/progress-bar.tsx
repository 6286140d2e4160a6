// An accessible horizontal bar (role="progressbar"): task progress of a program or the load of a group.
import { cn } from "@/app/_components/ui/cn";

type ProgressBarProps = { value: number; max: number; label: string; valueText: string; tone?: "brand" | "warning" | "danger" };

const tones = { brand: "bg-brand-600", warning: "bg-amber-500", danger: "bg-rose-600" } as const;

export function ProgressBar({ value, max, label, valueText, tone = "brand" }: ProgressBarProps) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
    >
      <div className={cn("h-full rounded-full", tones[tone])} style={{ width: `${percent}%` }} />
    </div>
  );
}
