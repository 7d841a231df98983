import { NOTICE_TEXTS, isNoticeTemplate, type NoticeText } from "./catalogue";

/** Who a notice goes to decides where its link points: each audience has its own, access-checked door. */
export type NoticeAudience = "COMPLAINANT" | "RESPONDENT" | "COMMITTEE" | "THIRD_PARTY" | "PUBLIC";

export interface RenderInput {
  template: string;
  audience: NoticeAudience;
  reference: string;
  caseId: string;
  /** A formal letter goes with the notice (rendered and attached later). */
  hasLetter: boolean;
  appUrl?: string;
}

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
}

export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL || "http://localhost:3000").replace(/\/+$/, "");
}

export interface NoticeLink {
  href: string;
  prompt: string;
}

/** The page a notice points its audience to (the tracking route redirects there too). */
export function noticeLink(audience: NoticeAudience, caseId: string, base: string): NoticeLink {
  switch (audience) {
    case "COMPLAINANT":
      return { href: `${base}/complaints/status`, prompt: "Follow your complaint on the status page with your case number and access code:" };
    case "RESPONDENT":
      return { href: `${base}/portal/cases/${encodeURIComponent(caseId)}`, prompt: "Sign in to the CCM portal to read it:" };
    case "COMMITTEE":
      return { href: `${base}/committee/cases/${encodeURIComponent(caseId)}`, prompt: "Open the case file:" };
    case "THIRD_PARTY":
      return { href: base, prompt: "The ethics coordinator will send the details of the request separately. CCMC:" };
    case "PUBLIC":
      return { href: `${base}/verify`, prompt: "Public certification verification:" };
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export interface LayoutInput extends Omit<RenderInput, "template"> {
  text: NoticeText;
  /** One more plain sentence after the body (e.g. a reminder's due date); never case details. */
  extra?: string;
}

/** The one email layout: reference, body, optional letter line, the audience's link, signature. */
export function layoutNotice(input: LayoutInput): RenderedNotice {
  const base = input.appUrl ?? appUrl();
  const link = noticeLink(input.audience, input.caseId, base);
  // Third parties and licensing boards are not parties: they get no case reference.
  const showsReference = input.audience !== "THIRD_PARTY" && input.audience !== "PUBLIC";
  const subject = showsReference ? `${input.text.subject} (${input.reference})` : input.text.subject;
  const paragraphs = [input.text.body, ...(input.extra ? [input.extra] : []), ...(input.hasLetter ? ["A formal letter goes with this notice."] : [])];
  const lines = [
    ...(showsReference ? [`Case ${input.reference}`, ""] : []),
    ...paragraphs.flatMap((paragraph, index) => (index === 0 ? [paragraph] : ["", paragraph])),
    "",
    link.prompt,
    link.href,
    "",
    "CCMC Ethics and Professional Conduct Committee",
    "Please do not reply to this automatic message.",
  ];
  const html = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...(showsReference ? [`<p><strong>Case ${escapeHtml(input.reference)}</strong></p>`] : []),
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p>${escapeHtml(link.prompt)} <a href="${escapeHtml(link.href)}">${escapeHtml(link.href)}</a></p>`,
    "<p>CCMC Ethics and Professional Conduct Committee<br>Please do not reply to this automatic message.</p>",
    "</body></html>",
  ].join("\n");
  return { subject, text: lines.join("\n"), html };
}

/**
 * Subject, plain text and HTML for one notice. Throws on an unknown template so a transition that
 * names one fails closed instead of sending an empty email.
 */
export function renderNotice(input: RenderInput): RenderedNotice {
  if (!isNoticeTemplate(input.template)) throw new Error(`No notice template named "${input.template}"`);
  return layoutNotice({ ...input, text: NOTICE_TEXTS[input.template] });
}
