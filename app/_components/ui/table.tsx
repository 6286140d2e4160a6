// Data tables: horizontally scrollable on narrow screens, with a caption for screen readers.
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...rest }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("border-b border-line bg-canvas/60 px-4 py-2.5 text-xs font-semibold tracking-wide text-muted uppercase", className)}
      {...rest}
    />
  );
}

export function Td({ className, ...rest }: ComponentProps<"td">) {
  return <td className={cn("border-b border-line px-4 py-3 align-middle text-ink-soft", className)} {...rest} />;
}

export function Tr({ className, ...rest }: ComponentProps<"tr">) {
  return <tr className={cn("transition-colors last:*:border-b-0 hover:bg-canvas/70", className)} {...rest} />;
}
