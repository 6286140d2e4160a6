// Form fields: a visible label above an input or select, with an optional hint or error tied to it.
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

const controlBase =
  "block w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-ink shadow-sm placeholder:text-slate-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-invalid:border-danger-700";

type ControlSize = "md" | "sm";
const controlHeights: Record<ControlSize, string> = { md: "h-10", sm: "h-8" };

type FieldProps = { id: string; label: ReactNode; error?: ReactNode; className?: string; children: ReactNode };

export function Field({ id, label, error, className, children }: FieldProps) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink-soft">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ className, controlSize = "md", ...rest }: Omit<ComponentProps<"input">, "size"> & { controlSize?: ControlSize }) {
  return <input className={cn(controlBase, controlHeights[controlSize], className)} {...rest} />;
}

export function Select({ className, controlSize = "md", ...rest }: Omit<ComponentProps<"select">, "size"> & { controlSize?: ControlSize }) {
  return <select className={cn(controlBase, controlHeights[controlSize], className)} {...rest} />;
}
