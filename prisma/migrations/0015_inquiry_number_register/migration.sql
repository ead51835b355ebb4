-- DropIndex
DROP INDEX "Inquiry_number_key";

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "numberRegister" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_numberRegister_number_key" ON "Inquiry"("numberRegister", "number");

-- Inquiries a deputy registered themself move into that deputy's own register (written by hand:
-- data, not schema). Numbers were unique nationally until now, so nothing can collide.
UPDATE "Inquiry" AS i SET "numberRegister" = i."createdById"
  FROM "User" AS u
 WHERE u.id = i."createdById" AND u.role = 'DEPUTY';
