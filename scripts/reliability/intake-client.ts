import { Browser, decodeEntities, type Exchange } from "./browser";

/** The demo CCM (ccm@docket.test) every filing names, matched in the register by number. */
export const RESPONDENT_NUMBER = "20150042";

export interface Filing {
  /** Unique per filing: it goes into the narrative and the PDF, so each complaint can be found and checked. */
  tag: string;
  email: string;
  pdf: { name: string; bytes: Buffer };
}

/** A small valid PDF whose bytes (and so sha256) are unique to `tag`. */
export function pdfFor(tag: string): Buffer {
  return Buffer.from(`%PDF-1.7\n% ${tag}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, "latin1");
}

function expectOn(page: Exchange, path: string, what: string): Exchange {
  if (new URL(page.url).pathname !== path) {
    const error = /<[^>]*role="alert"[^>]*>([\s\S]{0,400})/.exec(page.html)?.[1]?.replace(/<[^>]+>/g, " ") ?? "";
    throw new Error(`${what}: expected ${path}, got ${page.status} ${page.url} ${decodeEntities(error).replace(/\s+/g, " ").trim()}`);
  }
  return page;
}

const CONTINUE: [string, string] = ["intent", "continue"];

async function step(browser: Browser, page: Exchange, id: string, values: Record<string, string | string[]>, next: string, files: { field: string; file: File }[] = []): Promise<Exchange> {
  const form = Browser.form(page, new RegExp(`name="step" value="${id}"`));
  return expectOn(await browser.submit(form, values, files, CONTINUE), next, `page ${id}`);
}

/**
 * Files one complaint through every page of the public form with JavaScript off, as a person
 * would: start, each question page, one PDF on the evidence page, check answers, submit.
 * `onSubmitting` is called just before the final submit goes out. Resolves with the reference
 * the confirmation page shows.
 */
export async function fileComplaint(browser: Browser, filing: Filing, onSubmitting: () => void = () => {}): Promise<string> {
  const base = "/complaints/new";
  const start = await browser.get(base);
  let page = expectOn(await browser.submit(Browser.form(start, /\$ACTION_KEY/)), `${base}/about-you`, "start");
  page = await step(
    browser,
    page,
    "about-you",
    { name: "Pat Reliability", email: filing.email, relationship: "CLIENT", preferredContact: "EMAIL", shareWithRespondent: "no" },
    `${base}/case-manager`,
  );
  page = await step(browser, page, "case-manager", { match: RESPONDENT_NUMBER, employer: "Riverside Home Health Services" }, `${base}/what-happened`);
  page = await step(
    browser,
    page,
    "what-happened",
    {
      "conductFrom-day": "5",
      "conductFrom-month": "10",
      "conductFrom-year": "2026",
      "learnedAt-day": "10",
      "learnedAt-month": "10",
      "learnedAt-year": "2026",
      settingRegion: "OH",
      narrative: `The case manager stopped all contact without notice and arranged no handover. (${filing.tag})`,
    },
    `${base}/rules`,
  );
  page = await step(browser, page, "rules", { provisions: ["S11"] }, `${base}/other-proceedings`);
  page = await step(browser, page, "other-proceedings", {}, `${base}/evidence`);
  const pdf = new File([new Uint8Array(filing.pdf.bytes)], filing.pdf.name, { type: "application/pdf" });
  page = await step(browser, page, "evidence", {}, `${base}/witnesses`, [{ field: "files", file: pdf }]);
  page = await step(browser, page, "witnesses", {}, `${base}/consents`);
  page = await step(
    browser,
    page,
    "consents",
    { releaseOfInformation: "yes", confidentiality: "yes", truthfulnessAttestation: "yes", signedName: "Pat Reliability" },
    `${base}/check-answers`,
  );
  const submitForm = Browser.form(page, /name="idempotencyKey"/);
  onSubmitting();
  const confirmation = expectOn(await browser.submit(submitForm), `${base}/confirmation`, "submit");
  const reference = /data-testid="reference"[^>]*>([^<]+)</.exec(confirmation.html)?.[1]?.trim();
  if (!reference) throw new Error("The confirmation page showed no reference");
  return reference;
}
