import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Db } from "@/lib/server/db-factory";
import { codeDigest, randomResumeCode } from "@/lib/server/intake/codes";
import { DRAFT_COOKIE } from "@/lib/server/intake/draft-cookie";
import { createDraft, deleteDraft } from "@/lib/server/intake/drafts";
import { handleStep } from "@/lib/server/intake/handlers";
import { newToken } from "@/lib/server/tokens";
import { load, type LoadFigures } from "../load";

const ATTACHMENT_BYTES = 200 * 1024;
const CHECK_ANSWERS = "/complaints/new/check-answers";

// A random start per run: the per-address limits are counted in the database, and runs an hour
// apart or less would otherwise reuse (and lock) the same addresses.
let addresses = randomInt(0, 1 << 22);
const nextAddress = () => {
  addresses += 1;
  return `10.${100 + ((addresses >> 16) & 127)}.${(addresses >> 8) & 255}.${addresses & 255}`;
};

/** A 200 KB PDF (a valid header and trailer around padding comments): what the upload check accepts. */
function attachment(): File {
  const head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n";
  const tail = "trailer << /Root 1 0 R >>\n%%EOF\n";
  const line = `%${"x".repeat(79)}\n`;
  let body = head;
  while (body.length + line.length + tail.length <= ATTACHMENT_BYTES) body += line;
  body += "%".padEnd(ATTACHMENT_BYTES - body.length - tail.length, "x");
  return new File([body + tail], "evidence.pdf", { type: "application/pdf" });
}

function formOf(fields: Record<string, string>, files: readonly File[] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append("files", file);
  return form;
}

/**
 * One draft answered page by page through the intake's own handlers (the same code the form's
 * server actions call), with one 200 KB file uploaded on the evidence page.
 */
async function templateDraft(db: Db, registryNumber: string): Promise<{ id: string; code: string }> {
  const { code, draft } = await createDraft(db);
  const pages: [string, Record<string, string>, File[]?][] = [
    ["about-you", { name: "Pat Complainant", email: "pat@example.org", relationship: "CLIENT", preferredContact: "EMAIL", shareWithRespondent: "no" }],
    ["case-manager", { match: registryNumber, employer: "Riverside Home Health" }],
    [
      "what-happened",
      {
        "conductFrom-day": "5",
        "conductFrom-month": "1",
        "conductFrom-year": String(new Date().getUTCFullYear()),
        "learnedAt-day": "10",
        "learnedAt-month": "1",
        "learnedAt-year": String(new Date().getUTCFullYear()),
        settingRegion: "OH",
        practiceSetting: "Home health or community care",
        narrative: "The case manager stopped all contact without notice and did not arrange a handover.",
      },
    ],
    ["rules", { provisions: "S11" }],
    ["other-proceedings", { kind: "LICENSING_BOARD", body: "Ohio Board of Nursing", status: "Open", reference: "OH-123" }],
    ["evidence", {}, [attachment()]],
    ["witnesses", { intent: "add", witnessName: "Sam Witness", witnessContact: "555-0100" }],
    ["witnesses", {}],
    ["consents", { releaseOfInformation: "yes", confidentiality: "yes", truthfulnessAttestation: "yes", signedName: "Pat Complainant" }],
  ];
  for (const [step, fields, files] of pages) {
    const outcome = await handleStep(db, code, formOf({ step, intent: "continue", ...fields }, files), { address: nextAddress() });
    if (outcome.kind !== "redirect" && outcome.state.status === "error") throw new Error(`Preparing the intake draft: page ${step} answered ${JSON.stringify(outcome.state)}`);
  }
  return { id: draft.id, code };
}

/** `count` copies of the template draft (answers and file), each with its own resume code and idempotency key. */
async function copyDrafts(client: pg.Client, templateId: string, count: number): Promise<{ code: string; key: string; id: string }[]> {
  const drafts = Array.from({ length: count }, () => ({ code: randomResumeCode(), key: newToken(24), id: `bench-${randomUUID()}` }));
  await client.query(
    `INSERT INTO "IntakeDraft" (id, "tokenHash", data, step, "expiresAt", "createdAt", "updatedAt")
     SELECT k.id, k.hash, jsonb_set(d.data, '{idempotencyKey}', to_jsonb(k.key)), d.step, d."expiresAt", now(), now()
     FROM "IntakeDraft" d, unnest($2::text[], $3::text[], $4::text[]) AS k(id, hash, key) WHERE d.id = $1`,
    [templateId, drafts.map((d) => d.id), drafts.map((d) => codeDigest(d.code)), drafts.map((d) => d.key)],
  );
  await client.query(
    `INSERT INTO "IntakeDraftFile" (id, "draftId", filename, "mimeType", size, sha256, data, "createdAt")
     SELECT k.id || '-' || f.id, k.id, f.filename, f."mimeType", f.size, f.sha256, f.data, f."createdAt"
     FROM "IntakeDraftFile" f, unnest($2::text[]) AS k(id) WHERE f."draftId" = $1`,
    [templateId, drafts.map((d) => d.id)],
  );
  return drafts;
}

const decode = (value: string) =>
  value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

/**
 * The fields the check-answers page's submit form posts without JavaScript (React's action
 * reference and bound state, the honeypot, the idempotency key), read from the page itself.
 */
async function submitFields(serverUrl: string, code: string): Promise<[string, string][]> {
  const response = await fetch(`${serverUrl}${CHECK_ANSWERS}`, { headers: { cookie: `${DRAFT_COOKIE}=${code}` } });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${CHECK_ANSWERS} answered ${response.status}`);
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map((match) => match[1]!).find((body) => body.includes('name="idempotencyKey"'));
  if (!form) throw new Error(`No submit form on ${CHECK_ANSWERS}`);
  return [...form.matchAll(/<input\b[^>]*>/g)].flatMap((match) => {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const value = /\bvalue="([^"]*)"/.exec(match[0])?.[1] ?? "";
    return name ? [[decode(name), decode(value)] as [string, string]] : [];
  });
}

function multipart(fields: readonly [string, string][], boundary: string): Buffer {
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8");
}

export interface IntakeFigures {
  submit: LoadFigures;
  baseline: LoadFigures;
  /** Complaints filed from the drafts the timed requests submitted (each once). */
  filed: number;
  /** Seconds from the end of the load until the last of them was filed (null: not all were, within the wait). */
  drainSeconds: number | null;
  /** Complaints the filing worker wrote per second, over the load and the drain. */
  filedPerSecond: number;
}

const FILER = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "filer.ts");
/** How long A waits, after its load, for the worker to file what was accepted. */
const DRAIN_LIMIT_MS = 180_000;

/**
 * The filing worker beside the app (ADR 0030): `nice`d, as a worker sharing a machine with the app
 * should be, so that under a burst the machine answers people first and files behind them.
 */
function startFiler(databaseUrl: string): ChildProcess {
  return spawn("nice", ["-n", "10", process.execPath, "--conditions=react-server", "--import", "tsx", "--import", "./scripts/bench/rsc-aliases.mjs", FILER], {
    cwd: path.join(path.dirname(FILER), "..", ".."),
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function stopFiler(filer: ChildProcess): Promise<void> {
  if (filer.exitCode !== null) return;
  const exited = new Promise((resolve) => filer.once("exit", resolve));
  filer.kill("SIGTERM");
  await exited;
}

/**
 * A. The public intake submission, 16 connections. A browser answers the pages one by one (each
 * a server action saving the draft, the 200 KB evidence file on its page) and then sends one
 * request: "Submit complaint" on the check-answers page. The drafts are prepared before the timed load (one through the intake handlers,
 * copied in SQL); the timed request is that submit, as the form posts it without JavaScript (a
 * multipart POST with React's action fields, answered with a 303 to the confirmation page). The
 * submit accepts the complaint; a filing worker (scripts/bench/filer.ts, niced) files it behind
 * the response, during the load and after it, and the scenario waits until every accepted
 * complaint is filed, timing the drain (ADR 0030).
 * Baseline: POST /api/bench/insert with the same body, one INSERT.
 */
export async function intakeSubmission(serverUrl: string, db: Db, databaseUrl: string, submissions: number, seconds: number): Promise<IntakeFigures> {
  const connections = 16;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ number: string }>(`SELECT "number" FROM "Certification" WHERE status = 'ACTIVE' ORDER BY "number" LIMIT 1`);
    if (!rows[0]) throw new Error("The registry is empty: run npm run db:seed first");
    const template = await templateDraft(db, rows[0].number);
    // A few spare drafts: autocannon may build a request it never sends, and no draft is posted twice.
    const drafts = await copyDrafts(client, template.id, submissions + 2 * connections);
    const fields = await submitFields(serverUrl, drafts[0]!.code);
    await deleteDraft(db, template.id);

    const boundary = `----docketbench${randomBytes(8).toString("hex")}`;
    const bodyFor = (key: string) => multipart(fields.map(([name, value]) => [name, name === "idempotencyKey" ? key : value]), boundary);
    const headers = { "content-type": `multipart/form-data; boundary=${boundary}`, origin: serverUrl };

    await client.query(`CREATE TABLE IF NOT EXISTS "bench_insert" (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), key text NOT NULL)`);
    // Dropped only at the end: requests autocannon leaves in flight when its time is up still reach the table.
    const baseline = await load({ url: `${serverUrl}/api/bench/insert`, connections, seconds, method: "POST", headers, body: bodyFor(drafts[0]!.key) });

    const bodies = drafts.map((draft) => bodyFor(draft.key));
    let next = 0;
    const keys = drafts.map((d) => d.key);
    const filedCount = async () => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Complaint" WHERE "idempotencyKey" = ANY($1::text[])`, [keys])).rows[0]!.n);
    const acceptedCount = async () =>
      Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "IntakeDraft" WHERE id = ANY($1::text[]) AND step IN ('accepted', 'filing', 'submitted')`, [drafts.map((d) => d.id)])).rows[0]!.n);
    const filer = startFiler(databaseUrl);
    const started = performance.now();
    const submit = await load({
      url: `${serverUrl}${CHECK_ANSWERS}`,
      connections,
      seconds,
      amount: submissions,
      method: "POST",
      headers,
      setupRequest: (request) => {
        const index = Math.min(next++, drafts.length - 1);
        return {
          ...request,
          headers: { ...request.headers, ...headers, cookie: `${DRAFT_COOKIE}=${drafts[index]!.code}`, "x-forwarded-for": nextAddress() },
          body: bodies[index]!,
        };
      },
    });
    const loadEnded = performance.now();
    try {
      const accepted = await acceptedCount();
      let filed = await filedCount();
      while (filed < accepted && performance.now() - loadEnded < DRAIN_LIMIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        filed = await filedCount();
      }
      const drained = performance.now();
      return {
        submit,
        baseline,
        filed,
        drainSeconds: filed === accepted ? (drained - loadEnded) / 1000 : null,
        filedPerSecond: filed / ((drained - started) / 1000),
      };
    } finally {
      await stopFiler(filer);
    }
  } finally {
    await client.query(`DROP TABLE IF EXISTS "bench_insert"`);
    await client.end();
  }
}
