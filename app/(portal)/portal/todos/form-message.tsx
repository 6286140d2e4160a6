// The result line under a portal form: an alert for errors, a polite status for successes.
import { ErrorAlert } from "@/app/_components/ui/alert";
import type { FormState } from "../_lib/form-state";

export function FormMessage({ state, id }: { state: FormState; id: string }) {
  if (!state.message) return <p id={id} role="status" className="sr-only" />;
  if (state.status === "error") return <ErrorAlert id={id}>{state.message}</ErrorAlert>;
  return (
    <p id={id} role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-800">
      {state.message}
    </p>
  );
}
