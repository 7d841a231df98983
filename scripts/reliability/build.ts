import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "@/scripts/db/paths";

/** Files `next build` rewrites to point at its dist dir; another dist dir must leave them as they were. */
const REWRITTEN = ["tsconfig.json", "next-env.d.ts"];

export function buildExists(distDir: string): boolean {
  return existsSync(path.join(ROOT, distDir, "BUILD_ID"));
}

/**
 * `next build` into `distDir` (next.config.ts reads NEXT_DIST_DIR), so a build in `.next` by
 * someone else at the same time is neither used nor disturbed. Next adds the dist dir's types to
 * tsconfig.json and next-env.d.ts: both are put back as they were.
 */
export function buildInto(distDir: string): void {
  const saved = REWRITTEN.map((file) => {
    const full = path.join(ROOT, file);
    return { full, text: existsSync(full) ? readFileSync(full, "utf8") : null };
  });
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // The build's own report (type errors, failed pages) is on its stdout.
    process.stdout.write((error as { stdout?: Buffer }).stdout ?? "");
    throw new Error(`next build into ${distDir} failed`);
  } finally {
    for (const { full, text } of saved) if (text !== null && readFileSync(full, "utf8") !== text) writeFileSync(full, text);
  }
}
