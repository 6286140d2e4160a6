// An inline message for the result of a form: announced to screen readers when it appears.
import type { ReactNode } from "react";

export function ErrorAlert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div id={id} role="alert" className="rounded-md border border-danger-200 bg-danger-50 px-3 py-2.5 text-sm text-danger-700">
      {children}
    </div>
  );
}
