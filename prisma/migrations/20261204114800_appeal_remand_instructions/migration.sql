-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "instructions" TEXT;
