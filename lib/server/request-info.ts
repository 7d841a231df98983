import "server-only";
import { headers } from "next/headers";

/** The client's address as the first proxy saw it; "unknown" when not behind one. */
export function clientAddressFrom(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "unknown";
}

export async function currentClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
