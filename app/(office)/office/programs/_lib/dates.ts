// Dates in forms: an <input type="date"> value ("2026-05-01") to a Date at the server's midnight, and back.
import { format, isValid, parse } from "date-fns";

export function dateFromInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = parse(value, "yyyy-MM-dd", new Date());
  return isValid(date) ? date : null;
}

export function dateToInput(date: Date | null | undefined): string {
  return date ? format(date, "yyyy-MM-dd") : "";
}
