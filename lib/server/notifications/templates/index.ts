export { NOTICE_TEXTS, isNoticeTemplate, type NoticeTemplate, type NoticeText } from "./catalogue";
export { REMINDER_TEXTS, renderReminder, type ReminderInput, type ReminderTemplate } from "./reminders";
export {
  appUrl,
  escapeHtml,
  layoutNotice,
  noticeLink,
  renderNotice,
  type LayoutInput,
  type NoticeAudience,
  type NoticeLink,
  type RenderInput,
  type RenderedNotice,
} from "./render";
