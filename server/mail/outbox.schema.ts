// Inputs of the outbox procedures: a page of the firm's messages, or one message.
import { z } from "zod";

const id = z.string().min(1).max(64);

/** Messages on one page of the admin outbox. */
export const OUTBOX_PAGE_SIZE = 50;
/** The page after `cursor` (a message's id), newest first. */
export const outboxPageInput = z.object({ cursor: id.optional(), limit: z.number().int().min(1).max(100).default(OUTBOX_PAGE_SIZE) }).prefault({});
export const outboxMessageInput = z.object({ id });
