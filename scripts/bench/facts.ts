import pg from "pg";
import type { PersonActor } from "@/lib/server/committee/actor";
import { STAFF_EMAIL } from "./scenarios/case-file";

/** DATABASE_URL when it names PostgreSQL; otherwise says what to set and exits. */
export function postgresUrlOrExit(doing: string, exampleDatabase: string): string {
  const url = process.env.DATABASE_URL ?? "";
  if (/^postgres(ql)?:\/\//.test(url)) return url;
  console.error(`${doing} PostgreSQL: set DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/${exampleDatabase} (the database must exist).`);
  process.exit(2);
}

/** Complaints in the database (B and C want a bench:data database). */
export async function countCases(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Complaint"`)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** The demo ethics coordinator as an actor, for running the list's own code in the bench process. */
export async function staffActor(url: string): Promise<PersonActor> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; roles: string[] }>(`SELECT id, roles::text[] AS roles FROM "Person" WHERE email = $1`, [STAFF_EMAIL]);
    if (!rows[0]) throw new Error(`${STAFF_EMAIL} is missing: run npm run db:seed`);
    return { kind: "person", personId: rows[0].id, roles: rows[0].roles as PersonActor["roles"], certificationIds: [] };
  } finally {
    await client.end();
  }
}
