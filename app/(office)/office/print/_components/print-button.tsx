"use client";
// Opens the browser's print dialog; not shown on paper.
import { Button } from "@/app/_components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button data-testid="print-button" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
