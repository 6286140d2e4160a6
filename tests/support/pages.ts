// Follows a cursor list to its end: the ids in the order served (fails if it never ends).
export async function walkPages(read: (cursor: string | undefined) => Promise<{ items: { id: string }[]; nextCursor: string | null }>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= 100; pages++) {
    const page = await read(cursor);
    ids.push(...page.items.map((row) => row.id));
    if (!page.nextCursor) return { ids, pages };
    cursor = page.nextCursor;
  }
  throw new Error("the list never ended");
}
