/**
 * The HTTP security headers (OWASP ASVS V14.4). Pages get a per-request nonce CSP from the proxy;
 * every response, static files included, gets the rest from next.config.ts. Downloads of uploaded
 * files set their own sandboxing policy (lib/server/documents/download.ts).
 */

/** A fresh CSP nonce: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts run only with this request's nonce ('strict-dynamic' lets Next's loader add its chunks);
 * nothing may frame the app, post forms elsewhere or load plugins. Development adds what React's
 * dev tooling needs (eval for stack reconstruction, inline styles for the error overlay).
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  return directives.join("; ");
}

/** Headers for every response. HSTS only in production (browsers ignore it over plain HTTP anyway). */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/**
 * next.config.ts `headers()`: the headers above everywhere, and a Referrer-Policy that never sends a
 * URL to another site. Notice links (`/n/<token>`) carry a token in their path, so they send no
 * referrer at all. (Not "no-referrer" everywhere: with it browsers send `Origin: null` on form
 * posts, and Next refuses every server action as cross-origin.)
 */
export function securityHeaderRules(production: boolean) {
  return [
    { source: "/:path*", headers: staticSecurityHeaders(production) },
    { source: "/((?!n/).*)", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
    { source: "/n/:token*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
  ];
}
