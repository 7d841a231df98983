import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/server/authz";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import the registry" };

export default async function RegistryImportPage() {
  await requireAdminPage();
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/admin/registry">Back to the registry</Link>
      </p>
      <h1>Import the registry from a CSV file</h1>
      <p>
        Check the file first: the dry run lists every row with a problem, by line number, and what the import would change. A file is imported
        whole or not at all. Rows are matched by CCM number, so importing the same file again changes nothing. Suspension and revocation
        cannot be imported: they come only from the Committee&apos;s final decisions. An exported file can be edited and imported back.
      </p>
      <ImportForm />
    </div>
  );
}
