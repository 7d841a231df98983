import type { Metadata } from "next";
import { settingsFormValues } from "@/lib/domain/admin/settings";
import { readSettings } from "@/lib/server/admin/settings";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Procedure settings" };

export default async function SettingsPage() {
  await requireAdminPage();
  const settings = await readSettings(db);
  return (
    <div className="max-w-3xl space-y-6">
      <h1>Procedure settings</h1>
      <p>
        Changes apply to deadlines opened after you save; deadlines already running keep their dates. Every change is recorded in the audit log
        with its old and new value.
      </p>
      {settings.updatedAt ? <p className="text-sm text-slate-700">Last changed {settings.updatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC (version {settings.version}).</p> : null}
      <SettingsForm defaults={settingsFormValues(settings.rules, settings.letterhead)} version={settings.version} />
    </div>
  );
}
