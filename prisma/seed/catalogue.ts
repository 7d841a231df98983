import { CATALOGUE, CODE_VERSIONS, type Provision } from "@/lib/domain/catalogue";
import type { Db } from "@/lib/server/db-factory";

/**
 * Only citable provisions (Rules and Standards) become CodeProvision rows: a complaint can only
 * cite those; Principles stay in lib/domain/catalogue.ts to explain the refusal.
 */
function rowFor(provision: Provision) {
  return {
    id: provision.id,
    codeVersion: provision.codeVersion,
    code: provision.code,
    kind: provision.kind,
    groupName: provision.groupName,
    title: provision.title,
    description: provision.description,
    plainLanguage: provision.plainLanguage,
    sortOrder: provision.sortOrder,
  };
}

type Row = ReturnType<typeof rowFor>;
const FIELDS = ["codeVersion", "code", "kind", "groupName", "title", "description", "plainLanguage", "sortOrder"] as const;

/** Creates missing provisions and brings changed ones in line with the catalogue (key: id). */
export async function seedCatalogue(db: Db): Promise<{ created: number; updated: number }> {
  const rows = CODE_VERSIONS.flatMap((version) => CATALOGUE[version]).filter((provision) => provision.citable).map(rowFor);
  const stored = new Map((await db.codeProvision.findMany()).map((row) => [row.id, row]));
  const missing = rows.filter((row) => !stored.has(row.id));
  const changed = rows.filter((row) => {
    const current = stored.get(row.id);
    return current !== undefined && FIELDS.some((field) => current[field] !== row[field]);
  });
  if (missing.length > 0) await db.codeProvision.createMany({ data: missing });
  for (const row of changed) {
    const { id, ...data }: Row = row;
    await db.codeProvision.update({ where: { id }, data });
  }
  return { created: missing.length, updated: changed.length };
}
