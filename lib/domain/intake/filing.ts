/**
 * The filing behind the response (ADR 0030): how long a worker's claim on an accepted complaint
 * lasts before another may take it over, and how long an accepted complaint may wait unfiled
 * before administrators are told (the outbox page).
 */
export const FILING_LEASE_SECONDS = 30;
export const UNFILED_WARNING_MINUTES = 5;
