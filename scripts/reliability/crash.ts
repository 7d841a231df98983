import { createHash } from "node:crypto";
import type { Db } from "@/lib/server/db-factory";
import { FILING_LEASE_SECONDS } from "@/lib/domain/intake/filing";
import type { SmtpSink } from "@/tests/integration/notifications/support/smtp-sink";
import { Browser } from "./browser";
import { deliveredOnce } from "./delivery";
import { fileComplaint, pdfFor, type Filing } from "./intake-client";
import { startInstance, waitGone, type Instance, type InstanceSettings } from "./instances";
import type { Check } from "./report";
import { waitFor } from "./wait";

export interface CrashOptions {
  clients: number;
  /** SIGKILL once this many filings have their reference and a final submit is well under way (killNow). */
  killAfter: number;
}

export interface CrashFigures {
  clients: number;
  referenced: number;
  submitsInFlight: number;
  formsInFlight: number;
  inFlightFoundComplete: number;
  complaintsAfter: number;
  acknowledgements: number;
}

type Stage = "form" | "submitting" | "referenced" | "cut off";
interface Tracked extends Filing {
  stage: Stage;
  reference?: string;
  stageAtKill?: Stage;
  /** performance.now() when the final submit went out, and when its reference came back. */
  submittedAt?: number;
  referencedAt?: number;
}

/**
 * Time to kill: enough filings have their reference, and a final submit has been out for at
 * least half as long as a submit takes (median so far), so the kill tends to land while its
 * transaction is under way rather than just after the request left.
 */
function killNow(filings: readonly Tracked[], killAfter: number): boolean {
  const done = filings.filter((f) => f.stage === "referenced").map((f) => f.referencedAt! - f.submittedAt!).sort((a, b) => a - b);
  if (done.length < killAfter) return false;
  const median = done[Math.floor(done.length / 2)]!;
  const now = performance.now();
  return filings.some((f) => f.stage === "submitting" && now - f.submittedAt! >= median / 2);
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const TAG = /\((crash-[0-9a-z-]+)\)/;

/** Files complaints from `clients` loops until `stopped()`; every filing is recorded in `filings`. */
function loadIntake(url: string, clients: number, filings: Tracked[], statuses: number[], stopped: () => boolean): Promise<void[]> {
  return Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; !stopped(); n += 1) {
        const tag = `crash-${client}-${n}`;
        const filing: Tracked = { tag, email: `${tag}@reliability.test`, pdf: { name: `${tag}.pdf`, bytes: pdfFor(tag) }, stage: "form" };
        filings.push(filing);
        // One address per filing, as many people would file: the per-address limits are not under test here.
        const browser = new Browser(url, statuses, `10.88.${client}.${n % 250}`);
        try {
          filing.reference = await fileComplaint(browser, filing, () => {
            filing.stage = "submitting";
            filing.submittedAt = performance.now();
          });
          filing.referencedAt = performance.now();
          filing.stage = "referenced";
        } catch (error) {
          filing.stage = "cut off";
          if (!stopped()) throw error;
        }
      }
    }),
  );
}

/**
 * Public intake under load from `clients` browsers against one instance, the instance's process
 * tree SIGKILLed mid-load, then a new instance started on the same database. Before the kill the
 * instance sends no email, so every acknowledgement must come out of the outbox after the restart.
 */
export async function crashDuringIntake(
  db: Db,
  settings: Omit<InstanceSettings, "name" | "smtpUrl">,
  sink: SmtpSink,
  options: CrashOptions,
  /** Told of each instance as it starts, so the caller can stop it whatever happens here. */
  track: (instance: Instance) => void,
): Promise<{ figures: CrashFigures; checks: Check[] }> {
  const first = await startInstance({ ...settings, name: "crash", smtpUrl: null });
  track(first);
  const filings: Tracked[] = [];
  const statuses: number[] = [];
  let killed = false;
  const load = loadIntake(first.url, options.clients, filings, statuses, () => killed);
  let loadError: unknown = null;
  load.catch((error: unknown) => (loadError = error));

  await waitFor(async () => loadError !== null || killNow(filings, options.killAfter), 120_000, 20);
  if (loadError) throw loadError;
  for (const filing of filings) filing.stageAtKill = filing.stage;
  killed = true;
  first.crash();
  await waitGone(first.pid);
  const fiveHundreds = statuses.filter((s) => s >= 500).length;
  await load.catch(() => {});

  const restarted = await startInstance({ ...settings, name: "restarted", smtpUrl: sink.url });
  track(restarted);
  const referenced = filings.filter((f) => f.stageAtKill === "referenced" || f.stage === "referenced");
  const inFlight = filings.filter((f) => f.stageAtKill === "submitting");

  // "Submit complaint" accepts; the complaint is filed behind the response (ADR 0030). The
  // restarted instance's worker files what the killed one accepted, and what it was filing once
  // that claim's lease runs out.
  const references = referenced.map((f) => f.reference!);
  await waitFor(async () => (await db.complaint.count({ where: { reference: { in: references } } })) === references.length, (FILING_LEASE_SECONDS + 60) * 1000, 500);

  // Every complaint this load filed, found by the tag in its narrative.
  const complaints = await db.complaint.findMany({
    where: { narrative: { contains: "(crash-" } },
    select: {
      id: true,
      reference: true,
      narrative: true,
      documents: { where: { kind: "EVIDENCE" }, select: { filename: true, sha256: true, blob: { select: { data: true } } } },
      notices: { where: { template: "complaint-acknowledged" }, select: { messageId: true, status: true } },
    },
  });
  // The audit log is its own table (append-only, no relation): one SUBMIT event per filed complaint.
  const filedEvents = await db.auditEvent.groupBy({ by: ["complaintId"], where: { complaintId: { in: complaints.map((c) => c.id) }, type: "SUBMIT" }, _count: true });
  const submitEvents = new Map(filedEvents.map((row) => [row.complaintId, row._count]));
  const byTag = new Map(complaints.map((c) => [TAG.exec(c.narrative)?.[1] ?? "", c]));
  const filingOf = new Map(filings.map((f) => [f.tag, f]));
  const complete = (c: (typeof complaints)[number]) => {
    const filing = filingOf.get(TAG.exec(c.narrative)?.[1] ?? "");
    const expected = filing ? sha256(filing.pdf.bytes) : "";
    return (
      c.documents.length === 1 &&
      c.documents.every((d) => d.filename === filing?.pdf.name && d.sha256 === expected && d.blob !== null && sha256(d.blob.data) === expected) &&
      submitEvents.get(c.id) === 1 &&
      c.notices.length === 1
    );
  };
  const lost = referenced.filter((f) => byTag.get(f.tag)?.reference !== f.reference);
  const incomplete = referenced.filter((f) => { const c = byTag.get(f.tag); return c && !complete(c); });
  const partial = complaints.filter((c) => !complete(c));
  const inFlightFoundComplete = inFlight.filter((f) => { const c = byTag.get(f.tag); return c && complete(c); }).length;

  const acknowledgements = complaints.flatMap((c) => c.notices.map((n) => n.messageId));
  await waitFor(async () => (await db.notice.count({ where: { messageId: { in: acknowledgements }, status: "SENT" } })) === acknowledgements.length, 60_000);
  const sent = await db.notice.count({ where: { messageId: { in: acknowledgements }, status: "SENT" } });
  const delivered = deliveredOnce(acknowledgements, sink);

  // The restarted instance takes new filings as before.
  const after: Tracked = { tag: "crash-after-restart", email: "after@reliability.test", pdf: { name: "after.pdf", bytes: pdfFor("crash-after-restart") }, stage: "form" };
  const afterStatuses: number[] = [];
  const afterReference = await fileComplaint(new Browser(restarted.url, afterStatuses, "10.89.0.1"), after).catch((error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`);
  // Accepted, then filed by the restarted instance's worker.
  const afterFiled = await waitFor(async () => (await db.complaint.count({ where: { reference: afterReference } })) === 1, (FILING_LEASE_SECONDS + 30) * 1000, 250);

  const figures: CrashFigures = {
    clients: options.clients,
    referenced: referenced.length,
    submitsInFlight: inFlight.length,
    formsInFlight: filings.filter((f) => f.stageAtKill === "form").length,
    inFlightFoundComplete,
    complaintsAfter: complaints.length,
    acknowledgements: acknowledgements.length,
  };
  const tags = (list: readonly Tracked[]) => list.slice(0, 5).map((f) => f.tag).join(", ");
  return {
    figures,
    checks: [
      { name: "the kill came mid-load", ok: inFlight.length > 0 && referenced.length >= options.killAfter, detail: `${referenced.length} filings had their reference, ${inFlight.length} final submits and ${figures.formsInFlight} forms in flight at the SIGKILL` },
      { name: "no 5xx before the kill", ok: fiveHundreds === 0, detail: `${fiveHundreds} of ${statuses.length} responses` },
      { name: "every filing that got a reference is there", ok: lost.length === 0, detail: `${referenced.length - lost.length} of ${referenced.length} found${lost.length ? ` (missing: ${tags(lost)})` : ""}` },
      { name: "each with its document (sha256 matching) and audit event", ok: incomplete.length === 0, detail: `${incomplete.length} incomplete${incomplete.length ? `: ${tags(incomplete)}` : ""}` },
      { name: "no partial complaint anywhere", ok: partial.length === 0, detail: `${complaints.length} complaints from the load, ${partial.length} partial; ${inFlightFoundComplete} of ${inFlight.length} in-flight submits found complete, the rest absent` },
      { name: "every acknowledgement delivered after the restart", ok: sent === acknowledgements.length && delivered.missing === 0 && delivered.duplicated === 0, detail: `${sent} of ${acknowledgements.length} sent, ${delivered.missing} never arrived, ${delivered.duplicated} arrived twice` },
      { name: "the restarted instance files complaints", ok: /^EPC-/.test(afterReference) && afterFiled && afterStatuses.every((s) => s < 500), detail: `${afterReference}${afterFiled ? ", filed" : ", not filed"}` },
    ],
  };
}
