// A white panel with an optional header: the basic block of every page.
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <section className={cn("rounded-card border border-line bg-surface shadow-card", className)}>{children}</section>;
}

type CardHeaderProps = { title: ReactNode; description?: ReactNode; actions?: ReactNode; headingLevel?: "h2" | "h3" };

export function CardHeader({ title, description, actions, headingLevel = "h2" }: CardHeaderProps) {
  const Heading = headingLevel;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-4">
      <div className="min-w-0">
        <Heading className="text-base font-semibold text-ink">{title}</Heading>
        {description ? <p className="mt-0.5 text-sm text-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("px-5 py-4", className)}>{children}</div>;
}
