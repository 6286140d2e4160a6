// Benchmark only (PRISMA_QUERY_COUNT=1): returns the database round trips counted since the last call, and resets them.
import { NextResponse } from "next/server";
import { queryCounter } from "@/server/db";

export const dynamic = "force-dynamic";

export function GET() {
  if (!queryCounter.enabled) return new NextResponse(null, { status: 404 });
  const snapshot = { queries: queryCounter.queries, durationMs: queryCounter.durationMs, statements: [...queryCounter.statements] };
  queryCounter.queries = 0;
  queryCounter.durationMs = 0;
  queryCounter.statements.length = 0;
  return NextResponse.json(snapshot);
}
