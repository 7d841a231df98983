import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditActor } from "@/lib/server/audit/append";
import { createCertification } from "@/lib/server/registry/records";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

export async function makeAdmin(db: PrismaClient, overrides: { email?: string; name?: string } = {}) {
  const person = await db.person.create({
    data: { email: overrides.email ?? `admin-${unique()}@test.example`, name: overrides.name ?? "Ada Admin", roles: ["ADMIN"] },
  });
  return { person, actor: { kind: "PERSON", id: person.id } as AuditActor };
}

export async function makeCertification(
  db: PrismaClient,
  actor: AuditActor,
  overrides: Partial<{ number: string; firstName: string; lastName: string; lifecycleStatus: "ACTIVE" | "EXPIRED" | "RETIRED" }> = {},
) {
  const number = overrides.number ?? `CCM-${unique().toUpperCase()}`;
  const { id } = await createCertification(
    db,
    {
      number,
      firstName: overrides.firstName ?? "Casey",
      lastName: overrides.lastName ?? "Manager",
      email: null,
      phone: null,
      employer: null,
      city: null,
      region: null,
      issuedAt: "2023-01-15",
      validThrough: "2028-01-31",
      lifecycleStatus: overrides.lifecycleStatus ?? "ACTIVE",
    },
    actor,
  );
  return { id, number };
}

/**
 * Test set-up rows for the sanction FKs: a complaint in its default state and a decision.
 * (The guard rail forbids writing Complaint.state outside the workflow; this writes none.)
 */
export async function makeComplaintWithDecision(db: PrismaClient, certificationId: string | null, reference = `EPC-2026-${unique()}`) {
  const complaint = await db.complaint.create({
    data: { reference, respondentName: "Casey Manager", narrative: "Test narrative", respondentCertificationId: certificationId },
  });
  const decision = await db.decision.create({ data: { complaintId: complaint.id, stage: "HEARING", outcome: "VIOLATION" } });
  return { complaint, decision };
}

/** A CSV of `count` valid rows numbered from `start`. */
export function registryFile(count: number, start = 1, edit?: (index: number, cells: string[]) => string[]): string {
  const lines = ["number,first_name,last_name,issued_at,valid_through,status,email,employer,city,region"];
  for (let index = 0; index < count; index += 1) {
    const n = start + index;
    const cells = [
      `CCM-${String(n).padStart(7, "0")}`,
      `First${n}`,
      `Last${n % 997}`,
      "2022-03-01",
      `2027-0${(n % 9) + 1}-15`,
      n % 10 === 0 ? "EXPIRED" : n % 25 === 0 ? "RETIRED" : "ACTIVE",
      n % 3 === 0 ? `person${n}@example.org` : "",
      n % 2 === 0 ? "Acme Health Inc" : "",
      "Springfield",
      "IL",
    ];
    lines.push((edit ? edit(index, cells) : cells).join(","));
  }
  return `${lines.join("\n")}\n`;
}
