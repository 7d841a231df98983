import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

// Seeded demo CCMs (prisma/seed/demo-accounts.ts) and their demo cases (prisma/seed/demo-cases.ts):
// Jordan Ellis has a proposed and an undecided-appeal public reprimand and a private reprimand;
// Morgan Reyes has a final probation in effect, a suspension stayed by a pending appeal and an LOI.
const DEMO = { number: "20150042", name: "Jordan Ellis" };
const PROBATIONER = { number: "20180917", name: "Morgan Reyes" };

test.describe("public verification", () => {
  test("search by name and by number, with a refused short query", async ({ page }) => {
    await page.goto("/verify");
    await expect(page.getByRole("heading", { level: 1, name: "Verify a certification" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Name or CCM number").fill("Jo");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("at least 3 letters");
    await expect(page.getByLabel("Name or CCM number")).toHaveValue("Jo");
    await expectNoAxeViolations(page);

    await page.getByLabel("Name or CCM number").fill(DEMO.name);
    await page.getByRole("button", { name: "Search" }).click();
    const record = page.getByRole("article", { name: DEMO.name });
    await expect(record).toContainText(DEMO.number);
    await expect(record).toContainText("Active");
    await expect(record).toContainText("No public disciplinary action is recorded.");
    await expectNoAxeViolations(page);

    await page.getByLabel("Name or CCM number").fill(DEMO.number);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("article", { name: DEMO.name })).toBeVisible();

    await page.getByLabel("Name or CCM number").fill("99999999");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No certification matches “99999999”")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/verify");
    await page.getByLabel("Name or CCM number").fill(DEMO.number);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`/verify\\?q=${DEMO.number}`));
    await expect(page.getByRole("article", { name: DEMO.name })).toContainText(DEMO.number);
    await context.close();
  });

  test("the JSON API: the stable record, 404 for an unknown number, 400 for a malformed one", async ({ request }) => {
    const ok = await request.get(`/api/v1/certifications/${DEMO.number}`, { headers: { "X-Forwarded-For": "198.51.100.7" } });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(Object.keys(body).sort()).toEqual(["name", "number", "onProbation", "publicSanctions", "status", "statusLabel", "validThrough"]);
    expect(body).toMatchObject({ number: DEMO.number, name: DEMO.name, status: "ACTIVE", statusLabel: "Active", onProbation: false, publicSanctions: [] });
    expect(body.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const missing = await request.get("/api/v1/certifications/00000001", { headers: { "X-Forwarded-For": "198.51.100.7" } });
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ error: "not_found" });
    const malformed = await request.get("/api/v1/certifications/%24%24", { headers: { "X-Forwarded-For": "198.51.100.7" } });
    expect(malformed.status()).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: "invalid_number" });
  });

  test("the API is rate-limited per address with Retry-After", async ({ request }) => {
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const statuses: number[] = [];
    for (let index = 0; index < 61; index += 1) {
      statuses.push((await request.get(`/api/v1/certifications/${DEMO.number}`, { headers: { "X-Forwarded-For": address } })).status());
    }
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    const limited = await request.get(`/api/v1/certifications/${DEMO.number}`, { headers: { "X-Forwarded-For": address } });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: "rate_limited" });
    // Another address is not affected.
    expect((await request.get(`/api/v1/certifications/${DEMO.number}`, { headers: { "X-Forwarded-For": "198.51.100.99" } })).status()).toBe(200);
  });

  test("a name matching more than 50 people is refused as too broad", async ({ page, browser }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/registry/import");
    const rows = Array.from({ length: 55 }, (_, index) => `BRD-${Date.now()}-${index},Casey${index},Broadsearch,2024-01-01,2029-01-01,ACTIVE`);
    const csv = `number,first_name,last_name,issued_at,valid_through,status\n${rows.join("\n")}\n`;
    await page.getByLabel("Registry file (CSV)").setInputFiles({ name: "broad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await page.getByRole("button", { name: "Import 55 changes" }).click();
    await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();

    const visitor = await browser.newContext();
    const publicPage = await visitor.newPage();
    await publicPage.goto("/verify?q=Broadsearch");
    await expect(publicPage.getByRole("status")).toContainText("too broad");
    await expectNoAxeViolations(publicPage);
    await publicPage.goto("/verify?q=Casey5+Broadsearch");
    await expect(publicPage.getByRole("table")).toContainText("Casey5 Broadsearch");
    await expectNoAxeViolations(publicPage);
    await publicPage.getByRole("link", { name: "Casey50 Broadsearch" }).click();
    await expect(publicPage.getByRole("heading", { level: 1, name: "Certification record" })).toBeVisible();
    await expectNoAxeViolations(publicPage);
    await visitor.close();
  });

  test("only final public sanctions show: probation in effect yes; stayed, proposed, pending and private outcomes never", async ({ page, request }) => {
    const headers = { "X-Forwarded-For": "198.51.100.31" };
    const probation = await (await request.get(`/api/v1/certifications/${PROBATIONER.number}`, { headers })).json();
    expect(probation).toMatchObject({ name: PROBATIONER.name, status: "ACTIVE", onProbation: true });
    expect(probation.publicSanctions).toEqual([
      expect.objectContaining({ type: "PROBATION", typeLabel: "Probation", status: "ACTIVE", breachedProvisions: [expect.objectContaining({ code: "S15" })] }),
    ]);
    const clean = await (await request.get(`/api/v1/certifications/${DEMO.number}`, { headers })).json();
    expect(clean.publicSanctions).toEqual([]);

    await page.goto(`/verify?q=${PROBATIONER.number}`);
    const record = page.getByRole("article", { name: PROBATIONER.name });
    await expect(record).toContainText("on probation");
    await expect(record).toContainText("Probation · in effect");
    await expect(record).toContainText("S15");
    for (const hidden of ["Suspension", "Letter of Instruction", "Private", "reprimand", "EPC-"]) await expect(record).not.toContainText(hidden);
    await expectNoAxeViolations(page);
  });
});
