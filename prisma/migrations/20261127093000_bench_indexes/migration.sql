-- Indexes for 100,000 clients (bench/RESULTS.md): name search by trigrams, dashboard lists, open tasks by due date.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Client_name_idx" ON "Client" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TransitionProgram_status_windowEnd_createdAt_idx" ON "TransitionProgram"("status", "windowEnd", "createdAt");

-- Open tasks by due date (overdue lists and counts skip the done ones, most of the table).
CREATE INDEX "ProgramTask_open_dueDate_idx" ON "ProgramTask"("dueDate", "id") WHERE "status" <> 'DONE';
