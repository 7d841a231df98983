import { HONEYPOT } from "@/lib/domain/intake/honeypot";

/**
 * A field people never see or reach (off-screen, hidden from assistive technology, out of the tab
 * order) and bots fill in. No CAPTCHA puzzles (WCAG 2.2, 3.3.8).
 */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] top-auto h-px w-px overflow-hidden">
      <label htmlFor="field-honeypot">Leave this empty</label>
      <input id="field-honeypot" type="text" name={HONEYPOT} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
