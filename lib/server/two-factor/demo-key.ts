/**
 * The authenticator key of the seeded demo staff, committee and admin accounts. It is public (the
 * README prints it, like the demo password): a demo install outside production shows its current
 * code on the code page. Real accounts each get a random key.
 */
export const DEMO_TOTP_KEY = "DOCKETDEMOTOTPKEYDOCKETDEMOTOTP2";
