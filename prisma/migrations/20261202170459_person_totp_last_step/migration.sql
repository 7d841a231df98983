-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "totpLastStep" INTEGER;
