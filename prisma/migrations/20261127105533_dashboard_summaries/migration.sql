-- AlterTable
ALTER TABLE "ProgramTask" ADD COLUMN     "programOpen" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ClientStageCount" (
    "firmId" TEXT NOT NULL,
    "managerKey" TEXT NOT NULL,
    "stage" "ClientStage" NOT NULL,
    "clients" INTEGER NOT NULL,

    CONSTRAINT "ClientStageCount_pkey" PRIMARY KEY ("firmId","managerKey","stage")
);

-- Tasks know whether their program is open: set on insert, and for all of a program's tasks when its status changes.
UPDATE "ProgramTask" t SET "programOpen" = (p."status" IN ('DRAFT', 'APPROVED'))
FROM "TransitionProgram" p WHERE p."id" = t."programId" AND p."status" NOT IN ('DRAFT', 'APPROVED');

CREATE FUNCTION "program_task_open_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."programOpen" := COALESCE((SELECT p."status" IN ('DRAFT', 'APPROVED') FROM "TransitionProgram" p WHERE p."id" = NEW."programId"), true);
  RETURN NEW;
END $$;

CREATE TRIGGER "ProgramTask_programOpen_insert" BEFORE INSERT ON "ProgramTask"
FOR EACH ROW EXECUTE FUNCTION "program_task_open_on_insert"();

CREATE FUNCTION "program_task_open_on_status"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgramTask" SET "programOpen" = (NEW."status" IN ('DRAFT', 'APPROVED'))
  WHERE "programId" = NEW."id" AND "programOpen" IS DISTINCT FROM (NEW."status" IN ('DRAFT', 'APPROVED'));
  RETURN NULL;
END $$;

CREATE TRIGGER "TransitionProgram_status_tasks_open" AFTER UPDATE OF "status" ON "TransitionProgram"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "program_task_open_on_status"();

-- Undone tasks of open programs by due date: the dashboard's overdue list and its capped count.
DROP INDEX "ProgramTask_open_dueDate_idx";
CREATE INDEX "ProgramTask_open_dueDate_idx" ON "ProgramTask"("dueDate", "id") WHERE "status" <> 'DONE' AND "programOpen";

-- Client counts per firm, manager and stage. One statement trigger per kind of change adds the net difference in key
-- order, so concurrent writers lock the counter rows in the same order (a count may reach zero and stay).
CREATE FUNCTION "client_stage_count_apply"(delta_rows jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ClientStageCount" ("firmId", "managerKey", "stage", "clients")
  SELECT d."firmId", d."managerKey", d."stage"::"ClientStage", sum(d."delta")::int
  FROM jsonb_to_recordset(delta_rows) AS d("firmId" text, "managerKey" text, "stage" text, "delta" int)
  GROUP BY 1, 2, 3 HAVING sum(d."delta") <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("firmId", "managerKey", "stage") DO UPDATE SET "clients" = "ClientStageCount"."clients" + EXCLUDED."clients";
END $$;

CREATE FUNCTION "client_stage_count_on_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta_rows jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('firmId', n."firmId", 'managerKey', COALESCE(n."managerId", ''), 'stage', n."stage", 'delta', 1))
    INTO delta_rows FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('firmId', o."firmId", 'managerKey', COALESCE(o."managerId", ''), 'stage', o."stage", 'delta', -1))
    INTO delta_rows FROM old_rows o;
  ELSE
    SELECT jsonb_agg(x.row) INTO delta_rows FROM (
      SELECT jsonb_build_object('firmId', o."firmId", 'managerKey', COALESCE(o."managerId", ''), 'stage', o."stage", 'delta', -1) AS row FROM old_rows o
      UNION ALL
      SELECT jsonb_build_object('firmId', n."firmId", 'managerKey', COALESCE(n."managerId", ''), 'stage', n."stage", 'delta', 1) FROM new_rows n
    ) x;
  END IF;
  IF delta_rows IS NOT NULL THEN
    PERFORM "client_stage_count_apply"(delta_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Client_stage_count_insert" AFTER INSERT ON "Client"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "client_stage_count_on_change"();
CREATE TRIGGER "Client_stage_count_update" AFTER UPDATE ON "Client"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "client_stage_count_on_change"();
CREATE TRIGGER "Client_stage_count_delete" AFTER DELETE ON "Client"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "client_stage_count_on_change"();

INSERT INTO "ClientStageCount" ("firmId", "managerKey", "stage", "clients")
SELECT "firmId", COALESCE("managerId", ''), "stage", count(*)::int FROM "Client" GROUP BY 1, 2, 3;

-- An open program's manager is its client's manager: a change of the client's manager carries over, so the
-- dashboard finds a manager's programs by "TransitionProgram"."managerId" (its index) and not by scanning clients.
UPDATE "TransitionProgram" p SET "managerId" = c."managerId"
FROM "Client" c WHERE c."id" = p."clientId" AND p."status" IN ('DRAFT', 'APPROVED') AND p."managerId" IS DISTINCT FROM c."managerId";

CREATE FUNCTION "client_manager_to_open_programs"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TransitionProgram" SET "managerId" = NEW."managerId"
  WHERE "clientId" = NEW."id" AND "status" IN ('DRAFT', 'APPROVED') AND "managerId" IS DISTINCT FROM NEW."managerId";
  RETURN NULL;
END $$;

CREATE TRIGGER "Client_manager_open_programs" AFTER UPDATE OF "managerId" ON "Client"
FOR EACH ROW WHEN (OLD."managerId" IS DISTINCT FROM NEW."managerId") EXECUTE FUNCTION "client_manager_to_open_programs"();
