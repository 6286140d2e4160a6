-- AlterTable
ALTER TABLE "StaffMember" ADD COLUMN     "sortName" TEXT;

-- CreateIndex
CREATE INDEX "StaffMember_firmId_sortName_id_idx" ON "StaffMember"("firmId", "sortName", "id");

-- A staff member carries their user's name: set when the member is written, carried over when the user is renamed.
UPDATE "StaffMember" s SET "sortName" = u."name"
FROM "User" u WHERE u."id" = s."userId" AND s."sortName" IS DISTINCT FROM u."name";

CREATE FUNCTION "staff_sort_name_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- FOR SHARE waits for a concurrent rename of the user to commit and reads the name it left.
  SELECT u."name" INTO NEW."sortName" FROM "User" u WHERE u."id" = NEW."userId" FOR SHARE;
  RETURN NEW;
END $$;

CREATE TRIGGER "StaffMember_sortName_write" BEFORE INSERT OR UPDATE OF "userId", "sortName" ON "StaffMember"
FOR EACH ROW EXECUTE FUNCTION "staff_sort_name_on_write"();

CREATE FUNCTION "user_name_to_staff"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StaffMember" SET "sortName" = NEW."name"
  WHERE "userId" = NEW."id" AND "sortName" IS DISTINCT FROM NEW."name";
  RETURN NULL;
END $$;

CREATE TRIGGER "User_name_staff" AFTER UPDATE OF "name" ON "User"
FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "user_name_to_staff"();
