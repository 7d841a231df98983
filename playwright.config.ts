import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium: Playwright's own browser download cannot run on these machines.
// PGLITE_DIR is accepted as an older alias.
const dataDir = process.env.PGLITE_DATA_DIR ?? process.env.PGLITE_DIR ?? ".data/e2e";

// Debian's headless shell (package chromium-headless-shell) where installed: the same Blink
// without the full browser's GPU and UI processes; the e2e tier ran about 20% faster on it.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The built app on a fresh embedded database, migrated and seeded by `npm start`.
    command: `rm -rf ${dataDir} && npm run start -- --port ${PORT} --hostname 127.0.0.1`,
    url: `${baseURL}/api/health`,
    // The server reads PGLITE_DATA_DIR (lib/server/db-adapter.ts): without it every e2e run shared .data/pglite.
    env: { PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
