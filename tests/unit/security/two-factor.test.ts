import { describe, expect, it } from "vitest";
import { currentTotpCode, decryptTotpKey, encryptTotpKey, matchTotpStep, newTotpKey, secondFactorNeeded, totpUri } from "@/lib/server/two-factor/totp";

const SECRET = "a-test-auth-secret-that-is-long-enough-123";
const NOW = new Date("2026-12-02T10:00:15Z");
const STEP = Math.floor(NOW.getTime() / 30_000);

describe("TOTP codes", () => {
  it("accepts the current code and one step of drift either way, and nothing further", () => {
    const key = newTotpKey();
    expect(matchTotpStep(key, currentTotpCode(key, NOW), NOW)).toBe(STEP);
    expect(matchTotpStep(key, currentTotpCode(key, new Date(NOW.getTime() - 30_000)), NOW)).toBe(STEP - 1);
    expect(matchTotpStep(key, currentTotpCode(key, new Date(NOW.getTime() + 30_000)), NOW)).toBe(STEP + 1);
    expect(matchTotpStep(key, currentTotpCode(key, new Date(NOW.getTime() - 90_000)), NOW)).toBeNull();
    expect(matchTotpStep(newTotpKey(), currentTotpCode(key, NOW), NOW)).toBeNull();
  });

  it("matches the RFC 6238 SHA-1 test vector", () => {
    // RFC 6238 appendix B: key "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082.
    const rfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(currentTotpCode(rfcKey, new Date(59_000))).toBe("287082");
  });

  it("gives an otpauth URI naming Docket and the account", () => {
    const uri = totpUri("JBSWY3DPEHPK3PXP", "sam@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Docket%20\(CCMC\):sam%40example\.org\?/);
    expect(uri).toContain("secret=JBSWY3DPEHPK3PXP");
  });
});

describe("stored keys", () => {
  it("round-trips under the same AUTH_SECRET and is never stored in clear", () => {
    const key = newTotpKey();
    const stored = encryptTotpKey(key, SECRET);
    expect(stored).not.toContain(key);
    expect(decryptTotpKey(stored, SECRET)).toBe(key);
    expect(encryptTotpKey(key, SECRET)).not.toBe(stored);
  });

  it("refuses a key altered at rest or read under another secret", () => {
    const stored = encryptTotpKey(newTotpKey(), SECRET);
    const parts = stored.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    expect(decryptTotpKey([parts[0], parts[1], parts[2], body.toString("base64url")].join("."), SECRET)).toBeNull();
    expect(decryptTotpKey(stored, `${SECRET}-rotated`)).toBeNull();
    expect(decryptTotpKey("garbage", SECRET)).toBeNull();
  });
});

describe("who must give a code", () => {
  const production = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
  const development = { NODE_ENV: "development" } as NodeJS.ProcessEnv;
  it("in production, every staff, committee and admin account", () => {
    for (const role of ["ADMIN", "STAFF", "COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "APPEAL_PANEL"] as const) {
      expect(secondFactorNeeded({ roles: [role], totpEnabledAt: null }, production)).toBe(true);
    }
    expect(secondFactorNeeded({ roles: ["CCM"], totpEnabledAt: null }, production)).toBe(false);
    expect(secondFactorNeeded({ roles: [], totpEnabledAt: null }, production)).toBe(false);
  });
  it("anywhere, whoever turned it on", () => {
    expect(secondFactorNeeded({ roles: ["CCM"], totpEnabledAt: new Date() }, development)).toBe(true);
    expect(secondFactorNeeded({ roles: ["STAFF"], totpEnabledAt: null }, development)).toBe(false);
  });
});
