-- AlterTable
ALTER TABLE "Hearing" ADD COLUMN     "writtenStatementReceived" BOOLEAN NOT NULL DEFAULT false;
