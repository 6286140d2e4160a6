"use client";
// A submit button with a pending label and a test id (the shared SubmitButton takes neither extra props nor a size).
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/app/_components/ui/button";

type Props = { children: ReactNode; pendingLabel: ReactNode; testId?: string; variant?: "primary" | "secondary" | "quiet" };

export function PendingButton({ children, pendingLabel, testId, variant = "secondary" }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} data-testid={testId} className={buttonClass(variant, "md")}>
      {pending ? pendingLabel : children}
    </button>
  );
}
