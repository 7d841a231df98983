/** The name of the intake forms' honeypot field (see components/intake/honeypot.tsx). */
export const HONEYPOT = "website";
