import { settingsFormValues } from "@/lib/domain/admin/settings";
import { readSettings } from "@/lib/server/admin/settings";
import { createDraft } from "@/lib/server/intake/drafts";
import { hashPassword } from "@/lib/server/password";
import { issueActivationLink } from "@/lib/server/portal/activation-link";
import { makeCertification, makePerson, uniqueSuffix } from "@/tests/factories";
import { formWith } from "../portal/support";
import type { AuthzWorld, TargetCase } from "./authz-world";
import type { Identity } from "./identity";

/** Small builders for the table's calls. */

export const idle = { status: "idle" } as const;
export const unique = () => `u${uniqueSuffix()}`;
export const args = (...list: unknown[]) => ({ args: list });
export const get = (path: string) => new Request(`http://localhost:3000${path}`);

export const committeeForm = (target: TargetCase, fields: Record<string, string>) => formWith({ caseId: target.id, version: String(target.version), ...fields });
export const portalForm = (target: TargetCase, fields: Record<string, string | File>) => formWith({ caseId: target.id, expectedVersion: String(target.version), ...fields });

/** A registry record of its own (so an admin's edit leaves the world's certifications alone). */
export async function cert(w: AuthzWorld) {
  const made = await makeCertification(w.db, { withAccount: false });
  return w.db.certification.findUniqueOrThrow({ where: { id: made.certificationId }, select: { id: true, number: true, version: true } });
}

/** A notice that failed for good, for the retry form. */
export async function notice(w: AuthzWorld): Promise<string> {
  const row = await w.db.notice.findFirstOrThrow({ where: { toAddress: { not: null } }, orderBy: { createdAt: "desc" } });
  await w.db.notice.update({ where: { id: row.id }, data: { status: "DEAD", lastError: "550 mailbox unavailable" } });
  return row.id;
}

/** The caller's own intake draft, in their cookie (`none`: no form; `single`: the form alone is the argument). */
export async function draftOf(w: AuthzWorld, form: FormData | null, options: { single?: boolean; none?: boolean } = {}): Promise<{ args: unknown[]; also?: Identity }> {
  const { code } = await createDraft(w.db);
  const list = options.none ? [] : options.single ? [form] : [idle, form];
  return { args: list, also: { draftCode: code } };
}

/** A committee member whose account is off: an active one would join every majority's roster. */
export async function inactiveMember(w: AuthzWorld) {
  const person = await makePerson(w.db, { roles: ["COMMITTEE_MEMBER"] });
  await w.db.person.update({ where: { id: person.id }, data: { active: false } });
  return person;
}

/** The settings form as its page fills it (every current value), so an allowed save succeeds. */
export async function settingsForm(w: AuthzWorld): Promise<FormData> {
  const current = await readSettings(w.db);
  const data = new FormData();
  data.append("version", String(current.version));
  for (const [key, value] of Object.entries(settingsFormValues(current.rules, current.letterhead))) {
    if (key.endsWith("RuleIds")) value.split("\n").filter(Boolean).forEach((rule) => data.append(key, rule));
    else if (key !== "rollForwardOffNonBusinessDays" || value === "on") data.append(key, value);
  }
  return data;
}

const SIGN_IN_PASSWORD = "a correct horse battery staple";
let signInAccount: Promise<string> | null = null;

/** A CCM account (no second factor) with a known password; signing in again is harmless. */
export async function signInForm(w: AuthzWorld): Promise<FormData> {
  signInAccount ??= (async () => {
    const person = await makePerson(w.db, { roles: ["CCM"] });
    await w.db.person.update({ where: { id: person.id }, data: { passwordHash: await hashPassword(SIGN_IN_PASSWORD) } });
    return person.email;
  })();
  return formWith({ email: await signInAccount, password: SIGN_IN_PASSWORD, callbackUrl: "/portal" });
}

/** A fresh one-time activation link's token, for a new account of its own. */
export async function activationToken(w: AuthzWorld): Promise<string> {
  const person = await makePerson(w.db, { roles: ["STAFF"] });
  const { link } = await issueActivationLink(w.db, person.id, new Date());
  return link.slice(link.lastIndexOf("/") + 1);
}
