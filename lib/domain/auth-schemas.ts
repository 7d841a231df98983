import { z } from "zod";

export const LoginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address").email("Enter an email address like name@example.org").max(254),
  password: z.string().min(1, "Enter your password").max(200, "Password is too long"),
  callbackUrl: z.string().max(500).optional(),
});
export type LoginInput = z.infer<typeof LoginSchema>;

/** The 6-digit code of an authenticator app; spaces and hyphens people type are ignored. */
export const TotpCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, "Enter the code from your authenticator app").regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app")),
});
