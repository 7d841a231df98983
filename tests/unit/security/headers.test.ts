import { describe, expect, it } from "vitest";
import { isCrossOriginPost } from "@/lib/server/same-origin";
import { contentSecurityPolicy, newNonce, securityHeaderRules, staticSecurityHeaders } from "@/lib/server/security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  it("in production allows scripts only with this request's nonce: no inline, no eval, no framing", () => {
    const nonce = newNonce();
    const policy = directives(contentSecurityPolicy(nonce, false));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("gives every request its own unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("headers on every response", () => {
  it("send nosniff, no referrer to other sites, a locked-down Permissions-Policy, and HSTS in production only", () => {
    const production = new Map(staticSecurityHeaders(true).map((h) => [h.key, h.value]));
    expect(production.get("X-Content-Type-Options")).toBe("nosniff");
    expect(production.get("X-Frame-Options")).toBe("DENY");
    expect(production.get("Permissions-Policy")).toContain("camera=()");
    expect(production.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(new Map(staticSecurityHeaders(false).map((h) => [h.key, h.value])).has("Strict-Transport-Security")).toBe(false);
  });
});

describe("Referrer-Policy", () => {
  it("sends no URL to other sites, and nothing at all from a notice link that carries a token", () => {
    const rules = securityHeaderRules(true);
    const referrer = (path: string) =>
      rules
        .filter((rule) => new RegExp(`^${rule.source.replace("/:path*", "/.*").replace("/:token*", "/.*")}$`).test(path))
        .flatMap((rule) => rule.headers)
        .filter((header) => header.key === "Referrer-Policy")
        .map((header) => header.value);
    expect(referrer("/complaints/status")).toEqual(["same-origin"]);
    expect(referrer("/n/AAAA")).toEqual(["no-referrer"]);
    expect(referrer("/news")).toEqual(["same-origin"]);
  });
});

describe("cross-origin posts", () => {
  it("refuses a post from another site, a sandboxed page (Origin: null) or a malformed Origin", () => {
    expect(isCrossOriginPost("POST", "https://evil.example", "docket.example.org")).toBe(true);
    expect(isCrossOriginPost("POST", "https://docket.example.org.evil.example", "docket.example.org")).toBe(true);
    expect(isCrossOriginPost("POST", "http://docket.example.org:8080", "docket.example.org")).toBe(true);
    expect(isCrossOriginPost("POST", "null", "docket.example.org")).toBe(true);
    expect(isCrossOriginPost("PUT", "not a url", "docket.example.org")).toBe(true);
  });
  it("lets same-origin posts, reads, and clients that send no Origin through", () => {
    expect(isCrossOriginPost("POST", "https://Docket.example.org", "docket.example.org")).toBe(false);
    expect(isCrossOriginPost("POST", "http://127.0.0.1:3100", "127.0.0.1:3100")).toBe(false);
    expect(isCrossOriginPost("GET", "https://evil.example", "docket.example.org")).toBe(false);
    expect(isCrossOriginPost("POST", null, "docket.example.org")).toBe(false);
  });
});
