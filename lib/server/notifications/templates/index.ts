export { NOTICE_TEXTS, isNoticeTemplate, type NoticeTemplate, type NoticeText } from "./catalogue";
export { appUrl, renderNotice, type NoticeAudience, type RenderInput, type RenderedNotice } from "./render";
