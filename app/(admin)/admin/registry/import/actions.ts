"use server";

import { revalidatePath } from "next/cache";
import { CSV_MAX_BYTES } from "@/lib/domain/registry-csv";
import { failure } from "@/lib/server/admin/form-action";
import { requireActionRole } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { fileDigest, importRegistry, previewRegistryImport } from "@/lib/server/registry/import";
import type { ImportState } from "./import-state";

const fileError = (message: string): ImportState => ({ status: "error", message: "Check the file.", fieldErrors: { file: [message] } });

/** Dry run ("preview") or import of an uploaded registry file; the import must match the previewed file. */
export async function registryImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const admin = await requireActionRole(["ADMIN"]);
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return fileError("Choose a CSV file to import");
    if (file.size > CSV_MAX_BYTES) return fileError(`The file must be smaller than ${CSV_MAX_BYTES / 1024 / 1024} MB: split it`);
    const text = await file.text();
    if (text.includes("\u0000")) return fileError("This is not a CSV text file");
    const filename = file.name.slice(0, 200);
    if (formData.get("mode") !== "import") {
      const report = await previewRegistryImport(db, text);
      return report.errorCount > 0
        ? { status: "error", message: `The file has ${report.errorCount} ${report.errorCount === 1 ? "problem" : "problems"}. Nothing can be imported until every row is right.`, report, filename }
        : { status: "preview", report, filename };
    }
    if (formData.get("expectedDigest") !== fileDigest(text)) {
      return fileError("This is not the file you checked. Check it again before importing");
    }
    const report = await importRegistry(db, text, { kind: "PERSON", id: admin.id }, { filename });
    if (report.errorCount > 0) return { status: "error", message: "The file has problems; nothing was imported.", report, filename };
    revalidatePath("/admin/registry", "layout");
    return { status: "imported", report, filename };
  } catch (error) {
    const state = failure(error, {});
    return { status: "error", message: state.status === "error" ? state.message : "Something went wrong." };
  }
}
