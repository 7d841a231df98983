import pg from "pg";
import { load, type LoadFigures } from "../load";

/**
 * E. The public verification API (`/api/v1/certifications/{number}`) against a bare route
 * returning static JSON, same connections and duration. Each request asks for a random registry
 * number from a different client address, as many employers' systems would (the per-address rate
 * limit is the product's, and stays on).
 */
export async function verificationApi(serverUrl: string, databaseUrl: string, seconds: number): Promise<{ api: LoadFigures; baseline: LoadFigures }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const numbers = (await client.query<{ number: string }>('SELECT "number" FROM "Certification" ORDER BY random() LIMIT 2000')).rows.map((row) => row.number);
  await client.end();
  if (numbers.length === 0) throw new Error("The registry is empty: run npm run db:seed (or bench:data) first");

  let counter = 0;
  const address = () => {
    counter += 1;
    return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
  };
  const connections = 16;
  const baseline = await load({
    url: `${serverUrl}/api/bench/static`,
    connections,
    seconds,
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, "x-forwarded-for": address() } }),
  });
  const api = await load({
    url: serverUrl,
    connections,
    seconds,
    setupRequest: (request) => ({
      ...request,
      path: `/api/v1/certifications/${numbers[Math.floor(Math.random() * numbers.length)]}`,
      headers: { ...request.headers, "x-forwarded-for": address() },
    }),
  });
  return { api, baseline };
}
