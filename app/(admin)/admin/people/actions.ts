"use server";

import { revalidatePath } from "next/cache";
import { ActiveUpdateSchema, InviteSchema, RolesUpdateSchema, TermUpdateSchema, TwoFactorResetSchema } from "@/lib/domain/admin/people";
import type { FormState } from "@/lib/domain/form-state";
import { adminFormAction } from "@/lib/server/admin/form-action";
import { invitePerson, reissueInvite } from "@/lib/server/admin/invites";
import { resetTwoFactor, setActive, setCommitteeTerm, setRoles } from "@/lib/server/admin/people";
import { db } from "@/lib/server/db";
import { z } from "zod";

export type InviteState = FormState | { status: "invited"; name: string; email: string; path: string };

const withRoles = (formData: FormData) => ({ ...Object.fromEntries(formData), roles: formData.getAll("roles") });

export async function invitePersonAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  let invited: InviteState | null = null;
  const state = await adminFormAction(formData, {
    schema: InviteSchema,
    input: withRoles,
    run: async (data, admin) => ({ data, invite: await invitePerson(db, data, { kind: "PERSON", id: admin.id }) }),
    success: ({ data, invite }) => {
      invited = { status: "invited", name: data.name, email: data.email, path: invite.path };
      return { status: "success" };
    },
  });
  if (invited) revalidatePath("/admin/people");
  return invited ?? state;
}

export async function setRolesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: RolesUpdateSchema,
    input: withRoles,
    run: (data, admin) => setRoles(db, data, { kind: "PERSON", id: admin.id }),
    success: ({ changed }) => {
      revalidatePath("/admin/people", "layout");
      return { status: "success", message: changed ? "Roles saved. Their current sessions have ended." : "No change: those are already their roles." };
    },
  });
}

export async function setTermAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: TermUpdateSchema,
    run: (data, admin) => setCommitteeTerm(db, data, { kind: "PERSON", id: admin.id }),
    success: () => {
      revalidatePath("/admin/people", "layout");
      return { status: "success", message: "Committee term saved." };
    },
  });
}

export async function setActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: ActiveUpdateSchema,
    run: async (data, admin) => ({ ...(await setActive(db, data, { kind: "PERSON", id: admin.id })), active: data.active }),
    success: ({ active }) => {
      revalidatePath("/admin/people", "layout");
      return { status: "success", message: active ? "The account is active again." : "The account is deactivated and its sessions have ended." };
    },
  });
}

export async function resetTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: TwoFactorResetSchema,
    run: (data, admin) => resetTwoFactor(db, data, { kind: "PERSON", id: admin.id }),
    success: ({ changed }) => {
      revalidatePath("/admin/people", "layout");
      return {
        status: "success",
        message: changed ? "Two-factor sign-in is reset and their sessions have ended. They set up a new authenticator at their next sign-in." : "They had no authenticator set up.",
      };
    },
  });
}

export type ReissueState = FormState | { status: "invited"; name: string; email: string; path: string };

export async function reissueInviteAction(_previous: ReissueState, formData: FormData): Promise<ReissueState> {
  let invited: ReissueState | null = null;
  const state = await adminFormAction(formData, {
    schema: z.object({ personId: z.string().min(1), name: z.string(), email: z.string() }),
    run: async (data, admin) => ({ data, invite: await reissueInvite(db, data.personId, { kind: "PERSON", id: admin.id }) }),
    success: ({ data, invite }) => {
      invited = { status: "invited", name: data.name, email: data.email, path: invite.path };
      return { status: "success" };
    },
  });
  return invited ?? state;
}
