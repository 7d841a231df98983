"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/domain/form-state";
import { adminFormAction } from "@/lib/server/admin/form-action";
import { db } from "@/lib/server/db";
import { retryDeadNotice } from "@/lib/server/notifications/outbox";
import { wakeWorker } from "@/lib/server/scheduler/in-app";
import { RetryNoticeSchema } from "./retry-schema";

/** An administrator sends a failed notice again (audited on the case). */
export async function retryNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return adminFormAction(formData, {
    schema: RetryNoticeSchema,
    run: async (data, admin) => ({ retried: await retryDeadNotice(db, { noticeId: data.noticeId, adminId: admin.id }), id: data.noticeId }),
    success: ({ retried, id }) => {
      if (!retried) return { status: "error", message: "This notice is no longer failed (it may have been retried already), or it has no address to send to." };
      wakeWorker();
      revalidatePath("/admin/outbox");
      revalidatePath(`/admin/outbox/${id}`);
      return { status: "success", message: "The notice is queued to be sent again." };
    },
  });
}
