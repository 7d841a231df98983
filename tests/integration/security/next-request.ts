/**
 * The request a server action or route handler runs in, held in memory for the authorization
 * matrix: vi.mock("next/headers") returns `nextHeadersMock`, whose cookies() and headers() read
 * this scope, so the app's REAL auth() (next-auth decoding the JWT session cookie), complainant
 * session and intake draft cookie run unchanged. Calls run one at a time: one scope is enough.
 * Imports nothing from the app: the app's modules import next/headers, which is this.
 */

interface Scope {
  jar: Map<string, string>;
  address: string;
  /** Every AppError created while the call ran (see errorsMock). */
  appErrors: { code: string; message: string }[];
}

const blank = (): Scope => ({ jar: new Map(), address: "203.0.113.1", appErrors: [] });
let scope: Scope = blank();
let calls = 0;

const jar = {
  get: (name: string) => (scope.jar.has(name) ? { name, value: scope.jar.get(name)! } : undefined),
  getAll: () => [...scope.jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => scope.jar.has(name),
  set: (nameOrOptions: string | { name: string; value: string }, value?: string) => {
    if (typeof nameOrOptions === "string") scope.jar.set(nameOrOptions, value ?? "");
    else scope.jar.set(nameOrOptions.name, nameOrOptions.value);
    return jar;
  },
  delete: (nameOrOptions: string | { name: string }) => {
    scope.jar.delete(typeof nameOrOptions === "string" ? nameOrOptions : nameOrOptions.name);
    return jar;
  },
};

function requestHeaders(): Headers {
  const cookie = [...scope.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  return new Headers({ host: "localhost:3000", "x-forwarded-proto": "http", "x-forwarded-for": scope.address, ...(cookie && { cookie }) });
}

/** For vi.mock("next/headers"). */
export const nextHeadersMock = {
  cookies: async () => jar,
  headers: async () => requestHeaders(),
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

/** For vi.mock("next/cache"): no page cache outside a running Next server. */
export const nextCacheMock = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
};

/** For vi.mock("@/lib/server/errors"): the real module, with every AppError noted as it is made. */
export async function errorsMock(actual: typeof import("@/lib/server/errors")) {
  class RecordedAppError extends actual.AppError {
    constructor(...args: ConstructorParameters<typeof actual.AppError>) {
      super(...args);
      scope.appErrors.push({ code: this.code, message: this.message });
    }
  }
  return { ...actual, AppError: RecordedAppError };
}

/** The request's response cookies, read after a call (e.g. the session a sign-in started). */
export const responseCookies = () => new Map(scope.jar);

export interface Outcome {
  value?: unknown;
  /** What it threw: Next's redirect() and notFound() are throws. */
  thrown?: unknown;
  appErrors: { code: string; message: string }[];
}

/** Runs `call` with these cookies, from an address of its own (so per-address limits never bite). */
export async function runInRequest(cookies: Map<string, string>, call: () => Promise<unknown>): Promise<Outcome> {
  calls += 1;
  scope = { jar: new Map(cookies), address: `198.18.${Math.floor(calls / 250) % 250}.${(calls % 250) + 1}`, appErrors: [] };
  try {
    return { value: await call(), appErrors: scope.appErrors };
  } catch (thrown) {
    return { thrown, appErrors: scope.appErrors };
  }
}
