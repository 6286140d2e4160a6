-- AlterTable
ALTER TABLE "TransitionProgram" ADD COLUMN     "clientStage" "ClientStage" NOT NULL DEFAULT 'LEAD';

-- A program carries its client's stage: set when the program is written, carried over when the client's stage changes.
UPDATE "TransitionProgram" p SET "clientStage" = c."stage"
FROM "Client" c WHERE c."id" = p."clientId" AND p."clientStage" IS DISTINCT FROM c."stage";

-- CreateIndex
CREATE INDEX "TransitionProgram_clientStage_status_idx" ON "TransitionProgram"("clientStage", "status");

CREATE FUNCTION "program_client_stage_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current_stage "ClientStage";
BEGIN
  -- FOR SHARE waits for a concurrent change of the client's stage to commit and reads the stage it left.
  SELECT c."stage" INTO current_stage FROM "Client" c WHERE c."id" = NEW."clientId" FOR SHARE;
  IF FOUND THEN
    NEW."clientStage" := current_stage;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "TransitionProgram_clientStage_write" BEFORE INSERT OR UPDATE OF "clientId", "clientStage" ON "TransitionProgram"
FOR EACH ROW EXECUTE FUNCTION "program_client_stage_on_write"();

CREATE FUNCTION "client_stage_to_programs"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TransitionProgram" SET "clientStage" = NEW."stage"
  WHERE "clientId" = NEW."id" AND "clientStage" IS DISTINCT FROM NEW."stage";
  RETURN NULL;
END $$;

CREATE TRIGGER "Client_stage_programs" AFTER UPDATE OF "stage" ON "Client"
FOR EACH ROW WHEN (OLD."stage" IS DISTINCT FROM NEW."stage") EXECUTE FUNCTION "client_stage_to_programs"();
