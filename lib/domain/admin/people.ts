import { z } from "zod";
import { ROLES, type Role } from "@/lib/domain/roles";

/** Roles given by invitation. CCM accounts come from the registry (activation), not from here. */
export const INVITABLE_ROLES = ROLES.filter((role) => role !== "CCM") as Exclude<Role, "CCM">[];

export const COMMITTEE_TERM_ROLES: readonly Role[] = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "APPEAL_PANEL"];

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || z.iso.date().safeParse(value).success, `Enter the ${label} as a real date in the form YYYY-MM-DD`);

const roleList = z
  .array(z.enum(INVITABLE_ROLES as [Role, ...Role[]], { error: "Choose roles from the list" }))
  .max(INVITABLE_ROLES.length)
  .transform((roles) => [...new Set(roles)]);

const termFields = {
  termFrom: optionalDate("start of the committee term"),
  termTo: optionalDate("end of the committee term"),
};

function termOrder(value: { termFrom: string | null; termTo: string | null }, ctx: z.RefinementCtx) {
  if (value.termFrom && value.termTo && value.termTo <= value.termFrom) {
    ctx.addIssue({ code: "custom", path: ["termTo"], message: "The term must end after it starts" });
  }
}

export const InviteSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the person's name").max(200, "Name must be 200 characters or fewer"),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter the email address")
      .max(254, "Email address must be 254 characters or fewer")
      .pipe(z.email("Enter an email address like name@example.org")),
    roles: roleList.refine((roles) => roles.length > 0, "Choose at least one role"),
    ...termFields,
  })
  .superRefine(termOrder);
export type InviteInput = z.output<typeof InviteSchema>;

export const RolesUpdateSchema = z.object({
  personId: z.string().min(1),
  roles: roleList,
});

export const TermUpdateSchema = z.object({ personId: z.string().min(1), ...termFields }).superRefine(termOrder);

export const TwoFactorResetSchema = z.object({ personId: z.string().min(1) });

export const ActiveUpdateSchema = z.object({
  personId: z.string().min(1),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const PASSWORD_MIN = 12;

export const SetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: z
      .string()
      .min(PASSWORD_MIN, `Your password must be at least ${PASSWORD_MIN} characters`)
      .max(200, "Your password must be 200 characters or fewer"),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "The two passwords do not match" });

export const PEOPLE_PAGE_SIZE = 50;

export const PeopleSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
