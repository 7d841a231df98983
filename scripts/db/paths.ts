import { fileURLToPath } from "node:url";

/** Paths from the repository root, whatever the current directory. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
