-- Rows without a firm (sign-in links) newest first: the admin outbox walks them in this order and checks each
-- recipient against the firm's people (server/mail/outbox.service.ts). A partial index, so not in schema.prisma.
CREATE INDEX "EmailOutbox_firmless_createdAt_id_idx" ON "EmailOutbox"("createdAt", "id") WHERE "firmId" IS NULL;
