"use client";
// A submit button that shows a pending label and blocks double submits while its form's action runs.
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./button";

type SubmitButtonProps = { children: ReactNode; pendingLabel: ReactNode; variant?: "primary" | "secondary"; className?: string; testId?: string };

export function SubmitButton({ children, pendingLabel, variant = "primary", className, testId }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} data-testid={testId} className={buttonClass(variant, "md", className)}>
      {pending ? pendingLabel : children}
    </button>
  );
}
