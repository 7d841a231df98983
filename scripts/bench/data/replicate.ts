import type pg from "pg";

/**
 * Set-based copies of template cases: every row a template owns (its complaint and all that hangs
 * off it) is copied with `INSERT … SELECT` for a whole batch of copies at once, through a mapping
 * table `bench_map` (copy number → template, time shift, respondent, complainant, narrative). The
 * copy of row `id` is `id~n` and every reference to a copied row is renamed the same way, so
 * foreign keys stay consistent without lookups. Dates move by the copy's shift; people (staff,
 * committee, panels) stay the same.
 */

/** Tables copied, parents first; `via` names the parent table for rows that hang off a child. */
const TABLES: { table: string; via?: { parent: string; fk: string } }[] = [
  { table: "Complaint" },
  { table: "Complainant" },
  { table: "CaseProvision" },
  { table: "Witness" },
  { table: "OtherProceeding" },
  { table: "Consent" },
  { table: "Deadline" },
  { table: "Notice" },
  { table: "Message" },
  { table: "InternalNote" },
  { table: "InfoRequest" },
  { table: "ExtensionRequest" },
  { table: "CaseRepresentative" },
  { table: "ConflictDeclaration" },
  { table: "Recusal" },
  { table: "MemberChallenge" },
  { table: "Hearing" },
  { table: "HearingPanelMember", via: { parent: "Hearing", fk: "hearingId" } },
  { table: "Decision" },
  { table: "Vote", via: { parent: "Decision", fk: "decisionId" } },
  { table: "Sanction" },
  { table: "SanctionCondition", via: { parent: "Sanction", fk: "sanctionId" } },
  { table: "Appeal" },
  { table: "AppealPanelMember", via: { parent: "Appeal", fk: "appealId" } },
  { table: "ReopenPetition" },
  { table: "Document" },
  { table: "DocumentBlob", via: { parent: "Document", fk: "documentId" } },
  { table: "CertificationStatusChange" },
];

/** Columns naming a copied row (or unique per row): renamed `value~n` in the copy. */
const RENAMED = new Set(["id", "complaintId", "decisionId", "sanctionId", "hearingId", "appealId", "documentId", "conditionId", "letterDocumentId", "recordDocumentId", "messageId", "linkTokenHash"]);

/** Per-table columns the copy takes from the map instead of the template. */
const OVERRIDES: Record<string, Record<string, string>> = {
  Complaint: {
    reference: `'EPC-' || extract(year FROM t."receivedAt" + m.shift)::int || '-' || (100000 + m.n)`,
    idempotencyKey: `'bench-copy-' || m.n`,
    respondentName: "m.resp_name",
    respondentCcmNumber: "m.cert_number",
    respondentCertificationId: "m.cert_id",
    registrySnapshot: `CASE WHEN t."registrySnapshot" IS NULL THEN NULL ELSE t."registrySnapshot" || jsonb_build_object('certificationId', m.cert_id, 'number', m.cert_number, 'name', m.resp_name) END`,
    narrative: "m.narrative",
    possibleDuplicateOfId: "NULL",
  },
  Complainant: { name: "m.comp_name", email: "m.comp_email", organisation: "NULL" },
  Sanction: { certificationId: `CASE WHEN t."certificationId" IS NULL THEN NULL ELSE m.cert_id END` },
  CertificationStatusChange: { certificationId: "m.cert_id" },
  // Copies are history: their notices count as delivered, so no outbox ever sends them.
  Notice: { status: `'SENT'::"NoticeStatus"`, sentAt: `t."createdAt" + m.shift`, nextAttemptAt: `t."nextAttemptAt" + m.shift` },
};

export interface CopySpec {
  n: number;
  templateId: string;
  shiftSeconds: number;
  certId: string;
  certNumber: string;
  respName: string;
  compName: string;
  compEmail: string;
  narrative: string;
}

type Columns = Map<string, { name: string; type: string }[]>;

async function columnsOf(client: pg.Client): Promise<Columns> {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ANY($1) ORDER BY table_name, ordinal_position`,
    [TABLES.map((t) => t.table)],
  );
  const columns: Columns = new Map();
  for (const row of rows) columns.set(row.table_name, [...(columns.get(row.table_name) ?? []), { name: row.column_name, type: row.data_type }]);
  return columns;
}

function copyStatement(table: string, columns: { name: string; type: string }[], via: { parent: string; fk: string } | undefined, maxBlobBytes: number): string {
  const overrides = OVERRIDES[table] ?? {};
  const exprs = columns.map(({ name, type }) => {
    if (overrides[name]) return overrides[name];
    if (RENAMED.has(name)) return `t."${name}" || '~' || m.n`;
    if (type.startsWith("timestamp")) return `t."${name}" + m.shift`;
    return `t."${name}"`;
  });
  const from = via
    ? `"${table}" t JOIN "${via.parent}" p ON p.id = t."${via.fk}" JOIN bench_map m ON p."complaintId" = m.template_id`
    : table === "Complaint"
      ? `"Complaint" t JOIN bench_map m ON t.id = m.template_id`
      : `"${table}" t JOIN bench_map m ON t."complaintId" = m.template_id`;
  const where = table === "DocumentBlob" && Number.isFinite(maxBlobBytes) ? ` WHERE octet_length(t.data) <= ${maxBlobBytes}` : "";
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) SELECT ${exprs.join(", ")} FROM ${from}${where}`;
}

export class Replicator {
  private statements: string[] = [];
  constructor(private client: pg.Client, private maxBlobBytes: number) {}

  async prepare(): Promise<void> {
    const columns = await columnsOf(this.client);
    this.statements = TABLES.map(({ table, via }) => {
      const cols = columns.get(table);
      if (!cols) throw new Error(`Table ${table} not found: is the database migrated?`);
      return copyStatement(table, cols, via, this.maxBlobBytes);
    });
  }

  /** Copies one batch inside the caller's transaction. */
  async copy(batch: readonly CopySpec[]): Promise<void> {
    await this.client.query(`CREATE TEMP TABLE bench_map (n int PRIMARY KEY, template_id text NOT NULL, shift interval NOT NULL, cert_id text, cert_number text, resp_name text, comp_name text, comp_email text, narrative text) ON COMMIT DROP`);
    await this.client.query(
      `INSERT INTO bench_map SELECT n, "templateId", make_interval(secs => "shiftSeconds"), "certId", "certNumber", "respName", "compName", "compEmail", narrative
       FROM jsonb_to_recordset($1::jsonb) AS x(n int, "templateId" text, "shiftSeconds" double precision, "certId" text, "certNumber" text, "respName" text, "compName" text, "compEmail" text, narrative text)`,
      [JSON.stringify(batch)],
    );
    await this.client.query("ANALYZE bench_map");
    for (const statement of this.statements) await this.client.query(statement);
  }
}
