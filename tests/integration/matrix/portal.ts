// Matrix rows for this feature's procedures (see table.ts for the vocabulary).
import type { MatrixRow } from "./table";

export const portalRows: Record<string, MatrixRow> = {};
