import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { processTree, startServer, type BenchServer } from "@/scripts/bench/server";
import { ROOT } from "@/scripts/db/paths";

export interface InstanceSettings {
  databaseUrl: string;
  distDir: string;
  authSecret: string;
  /** null: email off (notices are recorded and wait in the outbox). */
  smtpUrl: string | null;
  /** Names the instance in its notices' sender, so the SMTP sink can tell who sent what. */
  name: string;
}

export interface Instance {
  name: string;
  url: string;
  pid: number;
  /** SIGTERM and wait (a clean stop). */
  stop(): Promise<void>;
  /** SIGKILL to the `next start` process and everything below it: no clean-up runs anywhere. */
  crash(): void;
}

/** A port nobody listens on now (other people's servers share this machine). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * One production server (`next start`) on the shared database, running the in-app scheduler and
 * outbox worker (instrumentation.ts) with a one-second scheduler tick. Instances share only the
 * database and AUTH_SECRET, as behind a load balancer.
 */
export async function startInstance(settings: InstanceSettings): Promise<Instance> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: settings.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: settings.databaseUrl,
    AUTH_SECRET: settings.authSecret,
    APP_URL: `http://127.0.0.1:${port}`,
    MAIL_FROM: `"Docket ${settings.name}" <no-reply-${settings.name}@reliability.test>`,
    SCHEDULER_TICK_SECONDS: "1",
    LOG_LEVEL: "warn",
  };
  delete env.DOCKET_WORKER;
  if (settings.smtpUrl) env.SMTP_URL = settings.smtpUrl;
  else delete env.SMTP_URL;
  const server: BenchServer = await startServer({ root: ROOT, port, env });
  let ended = false;
  return {
    name: settings.name,
    url: server.url,
    pid: server.pid,
    async stop() {
      if (ended) return;
      ended = true;
      await server.stop();
    },
    crash() {
      // Once only: a dead process's id may belong to someone else's process later.
      if (ended) return;
      ended = true;
      for (const pid of processTree(server.pid).reverse()) {
        try {
          if (isNext(pid)) process.kill(pid, "SIGKILL");
        } catch {
          // gone meanwhile
        }
      }
    },
  };
}

/** Still a Next.js server process (`next start` names its workers next-server). */
function isNext(pid: number): boolean {
  try {
    return /next/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

/** Waits until `pid` no longer exists (a killed process is reaped by its parent, this one). */
export async function waitGone(pid: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`process ${pid} still alive after SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
