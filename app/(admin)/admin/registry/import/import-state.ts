import type { ImportReport } from "@/lib/server/registry/import";

export type ImportState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[]>; report?: ImportReport; filename?: string }
  | { status: "preview" | "imported"; report: ImportReport; filename: string };
