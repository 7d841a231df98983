import fc from "fast-check";

/**
 * What an attacker (or a very unlucky browser) may post to a public form: fast-check arbitraries
 * for fuzzing the form handlers and JSON endpoints. Hostile files for upload tests live in
 * hostile-files.ts.
 */

/** Markup and query fragments that must come back as text, never run or interpreted. */
export const MARKUP_PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  "</textarea><script>document.cookie</script>",
  "{{7*7}}${7*7}<%= 7*7 %>",
  "'; DROP TABLE \"Complaint\"; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)--",
  "\\'; COPY (SELECT 1) TO PROGRAM 'id'; --",
  "%00%27%22%3Cscript%3E",
] as const;

/** Unicode that has fooled parsers and people: bidi overrides, NUL, combining marks, invisibles. */
export const UNICODE_PAYLOADS = [
  "\u0000",
  "name\u0000@example.org",
  "evil\u202efdp.exe",
  "\u202d\u202e\u2066\u2067\u2068\u2069",
  "Z\u0351\u0352\u0357\u035b\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307",
  "e\u0301".repeat(200),
  "\u200b\u200c\u200d\u2060\ufeff",
  "\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
  "\ufffd\uffff\ufffe",
  "\r\n\r\n\t\u000b\u000c\u0085\u2028\u2029",
  "\u0007\u001b[31m\u001b]8;;http://x\u0007",
  "ﬁ ﷽ ᾨ ＜script＞",
] as const;

/** Keys that pollute Object.prototype when a parser copies them naively. */
export const POLLUTION_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "__proto__[polluted]",
  "constructor[prototype][polluted]",
  "__proto__.polluted",
  "toString",
  "hasOwnProperty",
  "valueOf",
] as const;

/** A string that keeps growing: up to a megabyte, cheap to build. */
const hugeText = fc
  .tuple(fc.constantFrom("A", "é", "<b>", "\u202e", " ", "😀", "0"), fc.integer({ min: 10_001, max: 1_000_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const mixed = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP_PAYLOADS, ...UNICODE_PAYLOADS), fc.string({ unit: "binary", maxLength: 40 })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(""));

/** Any hostile string: empty, blank, huge, markup, SQL, Unicode edge cases, random code points. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "\t\n ", "null", "undefined", "NaN", "-1", "1e309", "0x7fffffff", "[]", "{}", "true"),
  fc.constantFrom(...MARKUP_PAYLOADS, ...UNICODE_PAYLOADS),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  mixed,
  hugeText,
);

/** A form value of the wrong kind: a file where text belongs, or the field repeated. */
export type HostileValue = { kind: "text"; value: string } | { kind: "file"; name: string; bytes: Uint8Array } | { kind: "many"; values: string[] };

export const hostileValue: fc.Arbitrary<HostileValue> = fc.oneof(
  { weight: 6, arbitrary: hostileText.map((value) => ({ kind: "text" as const, value })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("file" as const), name: hostileText.map((t) => t.slice(0, 300)), bytes: fc.uint8Array({ maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("many" as const), values: fc.array(hostileText.map((t) => t.slice(0, 2000)), { minLength: 2, maxLength: 4 }) }) },
);

/** Changes to a valid form: some fields replaced or dropped, and extra (polluting) keys added. */
export interface FormTampering {
  replace: [string, HostileValue][];
  drop: string[];
  extra: [string, HostileValue][];
}

export function tamperingOf(fields: readonly string[]): fc.Arbitrary<FormTampering> {
  const field = fc.constantFrom(...fields);
  return fc.record({
    replace: fc.array(fc.tuple(field, hostileValue), { minLength: 1, maxLength: 3 }),
    drop: fc.subarray([...fields], { maxLength: Math.min(2, fields.length) }),
    extra: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 20 })), hostileValue), { maxLength: 3 }),
  });
}

function appendValue(form: FormData, name: string, value: HostileValue): void {
  if (value.kind === "text") form.append(name, value.value);
  else if (value.kind === "many") for (const item of value.values) form.append(name, item);
  else form.append(name, new File([new Uint8Array(value.bytes)], value.name));
}

/** The valid form with the tampering applied, as a browser would post it. */
export function tamperedForm(valid: Record<string, string | readonly string[]>, tampering: FormTampering): FormData {
  const form = new FormData();
  const replaced = new Map(tampering.replace);
  for (const [name, value] of Object.entries(valid)) {
    if (tampering.drop.includes(name) && !replaced.has(name)) continue;
    const hostile = replaced.get(name);
    if (hostile) appendValue(form, name, hostile);
    else for (const item of typeof value === "string" ? [value] : value) form.append(name, item);
  }
  for (const [name, value] of tampering.replace) if (!(name in valid)) appendValue(form, name, value);
  for (const [name, value] of tampering.extra) appendValue(form, name, value);
  return form;
}

/** Throws when a run left anything on Object.prototype (a prototype-pollution bug). */
export function assertPrototypeClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ["polluted", "isAdmin", "role"]) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype was polluted with "${key}"`);
  }
  if (Object.keys(Object.prototype).length > 0) throw new Error(`Object.prototype gained ${Object.keys(Object.prototype).join(", ")}`);
}
