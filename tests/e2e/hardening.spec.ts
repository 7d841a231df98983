import { expect, signInAs, test } from "./fixtures";

test.describe("hardening on the built app", () => {
  test("pages carry a nonce CSP that the page's own scripts use, and the other security headers", async ({ page }) => {
    const response = await page.goto("/complaints/new");
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    // Every script the page runs carries this request's nonce (the console guard fails on any CSP refusal).
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));
    const second = await page.request.get("/complaints/new");
    expect(/'nonce-([^']+)'/.exec(second.headers()["content-security-policy"]!)?.[1]).not.toBe(nonce);
  });

  test("a form post from another site is refused with 403 before it reaches the action", async ({ page }) => {
    await page.goto("/complaints/new");
    const refused = await page.request.post("/complaints/new", { headers: { Origin: "https://evil.example" }, multipart: { intent: "start" } });
    expect(refused.status()).toBe(403);
    const sandboxed = await page.request.post("/login", { headers: { Origin: "null" }, form: { email: "staff@docket.test", password: "x" } });
    expect(sandboxed.status()).toBe(403);
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
    await signInAs(page, "ccm");
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"));
    expect(session).toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe("Lax");
  });
});
