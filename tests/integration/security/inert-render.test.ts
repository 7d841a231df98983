import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendComplainantMessage } from "@/lib/server/intake/status/actions";
import { loadStatusView } from "@/lib/server/intake/status/view";
import { makeCase } from "@/tests/factories";
import { pdfText } from "@/tests/support/pdf-text";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

/**
 * Stored markup stays text: a complainant's name, narrative, messages and file names full of
 * HTML and script come out escaped in the status page and as literal characters in the PDF
 * letters, never as elements or live attributes.
 */
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const SCRIPT = "<script>alert('x')</script>";
const IMG = '"><img src=x onerror=alert(1)>';
const NAME = `Pat ${SCRIPT} Complainant`;

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

/** No element or attribute the payloads could have introduced (React's own form-replay script aside). */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script>alert/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<[^>]*\sonerror=/i);
}

describe("stored payloads render inert", () => {
  it("on the complainant's status page: messages and file names are escaped text", async () => {
    const { db } = testDb;
    const made = await makeCase(db, {
      to: "SUBMITTED",
      complaint: { complainant: { name: NAME, email: "pat.inert@example.org", relationship: "CLIENT", shareWithRespondent: false, accessCodeHash: "c".repeat(64) } },
    });
    await sendComplainantMessage(db, made.id, `Hello ${SCRIPT} and ${IMG}`, made.clock.now());
    const view = await loadStatusView(db, made.id, made.clock.now());
    expect(view?.messages.at(-1)?.body).toContain(SCRIPT);
    const withHostileFile = { ...view!, documents: [{ id: "d1", filename: `${IMG}.pdf`, size: 10, createdAt: made.clock.now(), fromYou: true, kind: "EVIDENCE" }] };

    const { StatusDetails } = await import("@/app/(public)/complaints/status/status-details");
    const html = renderToString(createElement(StatusDetails, { view: withHostileFile }));
    expectInert(html);
    expect(html).toContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("in the PDF letters: markup in the name prints as literal characters, and no letter carries HTML entities", async () => {
    const { db } = testDb;
    const made = await makeCase(db, {
      to: "AWAITING_RESPONSE",
      complaint: {
        complainant: { name: NAME, email: "pat.letters@example.org", relationship: "CLIENT", shareWithRespondent: true, accessCodeHash: "d".repeat(64) },
        allegation: { narrative: `It started with ${SCRIPT} and ${IMG}.`, allegedProvisions: [{ codeVersion: 2023, code: "S11" }] },
      },
    });
    const letters = await db.document.findMany({ where: { complaintId: made.id, kind: "LETTER" }, select: { letterKind: true, blob: { select: { data: true } } } });
    expect(letters.length).toBeGreaterThan(0);
    const texts = letters.map((letter) => ({ kind: letter.letterKind, text: pdfText(Buffer.from(letter.blob!.data)) }));
    // The acknowledgement is addressed to the complainant by name: the markup is there, as text.
    const ack = texts.find((letter) => letter.kind === "ACKNOWLEDGEMENT");
    expect(ack?.text).toContain(`Dear ${NAME},`);
    for (const { text } of texts) expect(text).not.toMatch(/&lt;|&amp;|&quot;/);
  });
});

/** Every .ts/.tsx file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("every page renders stored text as text", () => {
  it("no page or component opts out of React's escaping (dangerouslySetInnerHTML) or builds markup strings for the DOM", () => {
    // React escapes every string it renders; these are the only ways around that. With none in the
    // app, a payload stored anywhere renders inert on every page that shows it, and the nonce CSP
    // (no 'unsafe-inline') refuses javascript: URLs and inline handlers besides.
    const offenders = ["app", "components"]
      .flatMap((dir) => sourceFiles(path.join(process.cwd(), dir)))
      .filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
