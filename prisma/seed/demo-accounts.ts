import type { Role } from "@/lib/domain/roles";
import type { Db } from "@/lib/server/db-factory";
import { hashPassword } from "@/lib/server/password";
import { DEMO_TOTP_KEY } from "@/lib/server/two-factor/demo-key";
import { decryptTotpKey, encryptTotpKey, TWO_FACTOR_ROLES } from "@/lib/server/two-factor/totp";
import { addYears } from "./dates";

/** Shared by every demo account; printed on the sign-in page of a demo install, never for production. */
export const DEMO_PASSWORD = "docket-demo-2026";

interface DemoCertification {
  number: string;
  firstName: string;
  lastName: string;
  employer: string;
  city: string;
  region: string;
  /** Years before the seed date that the first cycle started. */
  issuedYearsAgo: number;
}

export interface DemoAccount {
  email: string;
  name: string;
  roles: readonly Role[];
  certification?: DemoCertification;
}

const member = (n: number, name: string): DemoAccount => ({ email: `member${n}@docket.test`, name, roles: ["COMMITTEE_MEMBER"] });
const appeals = (n: number, name: string): DemoAccount => ({ email: `appeals${n}@docket.test`, name, roles: ["APPEAL_PANEL"] });

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@docket.test", name: "Alex Rivera", roles: ["ADMIN"] },
  { email: "staff@docket.test", name: "Sam Okafor", roles: ["STAFF"] },
  { email: "chair@docket.test", name: "Helen Brooks", roles: ["COMMITTEE_CHAIR", "COMMITTEE_MEMBER"] },
  { email: "vicechair@docket.test", name: "Marcus Lee", roles: ["COMMITTEE_VICE_CHAIR", "COMMITTEE_MEMBER"] },
  member(1, "Priya Shah"),
  member(2, "Daniel Ortiz"),
  member(3, "Grace Kim"),
  member(4, "Thomas Walsh"),
  appeals(1, "Eleanor Grant"),
  appeals(2, "Victor Nguyen"),
  appeals(3, "Ruth Adler"),
  {
    email: "ccm@docket.test",
    name: "Jordan Ellis",
    roles: ["CCM"],
    certification: { number: "20150042", firstName: "Jordan", lastName: "Ellis", employer: "Riverside Home Health Services", city: "Columbus", region: "OH", issuedYearsAgo: 2 },
  },
  {
    email: "ccm2@docket.test",
    name: "Morgan Reyes",
    roles: ["CCM"],
    certification: { number: "20180917", firstName: "Morgan", lastName: "Reyes", employer: "Mercy Health Plan", city: "Tucson", region: "AZ", issuedYearsAgo: 7 },
  },
  {
    // The respondent the committee's end-to-end journeys take to a decision and a sanction, so the
    // portal and verification demos of the other two CCMs stay as seeded.
    email: "ccm3@docket.test",
    name: "Avery Quinn",
    roles: ["CCM"],
    certification: { number: "20210388", firstName: "Avery", lastName: "Quinn", employer: "Lakeshore Rehabilitation Network", city: "Madison", region: "WI", issuedYearsAgo: 4 },
  },
];

/** Certification numbers the generated registry must not reuse. */
export const DEMO_CERTIFICATION_NUMBERS: ReadonlySet<string> = new Set(
  DEMO_ACCOUNTS.flatMap((account) => (account.certification ? [account.certification.number] : [])),
);

const COMMITTEE_ROLES: readonly Role[] = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "APPEAL_PANEL"];

/**
 * Creates the demo accounts that do not exist yet (email is the key; existing accounts are left as
 * they are, password included). One argon2 hash serves every new account: hashing is slow on purpose.
 */
export async function seedDemoAccounts(db: Db, today: Date): Promise<number> {
  const existing = await db.person.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: { email: true, totpSecret: true },
  });
  // A demo database seeded under another AUTH_SECRET (another checkout's .data/auth-secret, say)
  // holds demo keys this install cannot decrypt, and its demo staff could never sign in: put the
  // public demo key back under the secret in force. A key that decrypts is left as it is.
  const unreadable = existing.filter((row) => row.totpSecret !== null && decryptTotpKey(row.totpSecret) === null);
  for (const row of unreadable) {
    await db.person.update({ where: { email: row.email }, data: { totpSecret: encryptTotpKey(DEMO_TOTP_KEY), totpLastStep: null } });
  }
  const present = new Set(existing.map((row) => row.email));
  const missing = DEMO_ACCOUNTS.filter((account) => !present.has(account.email));
  if (missing.length > 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const termFrom = new Date(Date.UTC(today.getUTCFullYear() - 1, 0, 1));
    const termTo = new Date(Date.UTC(today.getUTCFullYear() + 2, 11, 31));
    await db.person.createMany({
      data: missing.map((account) => {
        const committee = account.roles.some((role) => COMMITTEE_ROLES.includes(role));
        // Accounts that need two-factor in production share the public demo key (README).
        const twoFactor = account.roles.some((role) => TWO_FACTOR_ROLES.includes(role));
        return {
          totpSecret: twoFactor ? encryptTotpKey(DEMO_TOTP_KEY) : null,
          totpEnabledAt: twoFactor ? today : null,
          email: account.email,
          name: account.name,
          roles: [...account.roles],
          passwordHash,
          committeeTermFrom: committee ? termFrom : null,
          committeeTermTo: committee ? termTo : null,
        };
      }),
    });
  }
  for (const account of DEMO_ACCOUNTS) {
    if (account.certification) await ensureDemoCertification(db, account.email, account.certification, today);
  }
  return missing.length;
}

/** The CCM demo accounts' own registry record, ACTIVE and linked to the account. */
async function ensureDemoCertification(db: Db, email: string, cert: DemoCertification, today: Date): Promise<void> {
  if (await db.certification.findUnique({ where: { number: cert.number }, select: { id: true } })) return;
  const person = await db.person.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const issuedAt = addYears(today, -cert.issuedYearsAgo);
  const cycles = Math.floor(cert.issuedYearsAgo / 5) + 1;
  await db.certificant.create({
    data: {
      firstName: cert.firstName,
      lastName: cert.lastName,
      email,
      employer: cert.employer,
      city: cert.city,
      region: cert.region,
      personId: person.id,
      certifications: {
        create: {
          number: cert.number,
          issuedAt,
          validThrough: addYears(issuedAt, 5 * cycles),
          lifecycleStatus: "ACTIVE",
          status: "ACTIVE",
          history: { create: { fromStatus: null, toStatus: "ACTIVE", reason: "Loaded into the registry (seed)", at: today } },
        },
      },
    },
  });
}
