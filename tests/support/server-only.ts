// Vitest runs server modules directly; the real "server-only" package throws outside a
// React Server environment, so tests resolve it to this empty module instead.
export {};
