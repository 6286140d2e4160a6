"use client";
// A submit button with a stable data-testid that shows a pending label and blocks double submits.
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/app/_components/ui/button";

type FormSubmitProps = {
  children: ReactNode;
  pendingLabel: ReactNode;
  testId: string;
  variant?: "primary" | "secondary" | "quiet";
  size?: "md" | "sm";
  className?: string;
  name?: string;
  value?: string;
};

export function FormSubmit({ children, pendingLabel, testId, variant = "primary", size = "md", className, name, value }: FormSubmitProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} data-testid={testId} disabled={pending} aria-disabled={pending} className={buttonClass(variant, size, className)}>
      {pending ? pendingLabel : children}
    </button>
  );
}
