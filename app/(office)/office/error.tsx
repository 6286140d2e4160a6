"use client";
// Error boundary inside the office shell: the navigation stays usable.
import { ErrorContent } from "@/app/_components/error-content";

export default function OfficeError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorContent error={error} retry={retry} homeHref="/office" />;
}
