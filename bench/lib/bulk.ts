// Bulk inserts over `pg`: one INSERT ... SELECT FROM unnest(arrays) per batch, so a million rows take seconds, not minutes.
import type pg from "pg";

/** A column name and the SQL type its text value is cast to (e.g. `text`, `int`, `"ClientStage"`, `timestamp(3)`). */
export type Column = readonly [name: string, type: string];
export type Cell = string | number | boolean | Date | null;

const BATCH = 5000;

function asText(value: Cell): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Inserts `rows` (cells in the order of `columns`) into `table` in batches of 5,000. */
export async function insertRows(client: pg.ClientBase, table: string, columns: readonly Column[], rows: readonly Cell[][]): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const casts = columns.map(([, type], i) => (type.startsWith("timestamp") ? `(c${i}::timestamptz AT TIME ZONE 'UTC')::${type}` : `c${i}::${type}`));
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${casts.join(", ")} FROM unnest(${params}) AS t(${aliases.join(", ")})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = columns.map((_, i) => batch.map((row) => asText(row[i] ?? null)));
    await client.query(sql, arrays);
  }
}

/** Short unique ids in the shape of cuid (a letter, then base-36), stable within one seed run. */
export function idMaker(prefix: string): () => string {
  let counter = 0;
  const salt = Math.random().toString(36).slice(2, 6);
  return () => `${prefix}${salt}${(counter++).toString(36).padStart(7, "0")}`;
}
