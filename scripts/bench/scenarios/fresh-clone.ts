import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface FreshCloneFigures {
  /** Hard-link copy of node_modules plus the project's postinstall (`npm run db:generate`). */
  installSeconds: number;
  /** `npm run dev` (migrate, seed the embedded database, next dev) to the first 200 on `/`. */
  toFirst200Seconds: number;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** The environment of a fresh machine: no database URL (the embedded PGlite), no secret, no bench flags. */
function freshEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["DATABASE_URL", "PGLITE_DATA_DIR", "AUTH_SECRET", "NODE_ENV", "DOCKET_BENCH", "NEXT_DIST_DIR", "DOCKET_WORKER", "LOG_LEVEL", "DOCKET_TYPES_CHECKED"]) delete env[name];
  return env;
}

/**
 * I. A fresh clone of this checkout's HEAD in a temporary folder, as the README tells a newcomer:
 * `npm install` is replaced by a hard-link copy of this checkout's node_modules plus the project's
 * own postinstall (timed and reported apart: the registry's speed is not the product's), then
 * `npm run dev` is timed to the first 200 on `/`: migrations and the demo seed on the embedded
 * database, Next's dev server start and the first compile of the home page.
 */
export async function freshClone(root: string, port: number): Promise<FreshCloneFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), "docket-fresh-"));
  const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  try {
    execFileSync("git", ["clone", "--quiet", "--no-checkout", root, dir], { stdio: "inherit" });
    execFileSync("git", ["checkout", "--quiet", head], { cwd: dir, stdio: "inherit" });

    const installStart = performance.now();
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
    execFileSync("npm", ["run", "--silent", "db:generate"], { cwd: dir, stdio: "ignore", env: freshEnv(port) });
    const installSeconds = seconds(installStart);

    const devStart = performance.now();
    // Its own process group, so stopping it stops npm, next dev and their workers together.
    const child = spawn("npm", ["run", "dev"], { cwd: dir, env: freshEnv(port), stdio: "ignore", detached: true });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      const deadline = devStart + 180_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}`);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(120_000) });
          await response.arrayBuffer();
          if (response.status === 200) break;
        } catch {
          // not listening yet, or still compiling
        }
        if (performance.now() > deadline) throw new Error("npm run dev gave no 200 on / within 180 s");
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return { installSeconds, toFirst200Seconds: seconds(devStart) };
    } finally {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
