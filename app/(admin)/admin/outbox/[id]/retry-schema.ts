import { z } from "zod";

/** The retry form's one field, shared by the form and its action. */
export const RetryNoticeSchema = z.object({ noticeId: z.string().min(1).max(64) });
