import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A production server (`next start`) the benchmark loads from its own process. */
export interface BenchServer {
  url: string;
  /** The `next start` process (the reliability tier kills its tree). */
  pid: number;
  /** Peak resident memory so far (VmHWM) of the server and its child processes, in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * `heapMb`: the server's V8 old-space limit (--max-old-space-size), as the README's production
 * deployment sets it per instance; unset leaves Node's default.
 */
export async function startServer(options: { root: string; port: number; env: NodeJS.ProcessEnv; heapMb?: number }): Promise<BenchServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const heap = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...heap, path.join(options.root, "node_modules/next/dist/bin/next"), "start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
    cwd: options.root,
    env: options.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("next start did not answer /api/health within 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    peakRssMb: () => processTree(child.pid!).reduce((sum, pid) => sum + peakKb(pid), 0) / 1024,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function peakKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** `pid` and every process below it, from /proc (Linux). */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  return tree;
}
