import type { CodeVersion } from "../catalogue";

/**
 * The Code edition in force on a date: a complaint is judged under the Code of the time of the
 * conduct. Editions [R]: 2009; Part I of the 2015 revision took effect in January 2015; the 2023
 * revision is taken to apply from 1 January 2023 (confirm against the official text, DOMAIN §9.9).
 */
const EDITIONS: readonly { version: CodeVersion; from: Date }[] = [
  { version: 2023, from: new Date(Date.UTC(2023, 0, 1)) },
  { version: 2015, from: new Date(Date.UTC(2015, 0, 1)) },
  { version: 2009, from: new Date(Date.UTC(1993, 0, 1)) },
];

export function codeVersionInForce(date: Date | undefined): CodeVersion {
  if (!date) return 2023;
  return (EDITIONS.find((edition) => date.getTime() >= edition.from.getTime()) ?? EDITIONS[EDITIONS.length - 1]!).version;
}
