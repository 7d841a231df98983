import { NoticeBanner } from "@/components/ui/notice-banner";

/** Shown once to the inviting administrator: the link is not stored, only its digest. */
export function InviteLink({ name, email, path }: { name: string; email: string; path: string }) {
  const href = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  return (
    <NoticeBanner title={`${name} is invited.`}>
      <p>
        An invitation to {email} is in the outbox. Until email delivery is set up, you can give them this one-time link yourself. It is shown only
        now and expires in 7 days:
      </p>
      <p className="break-all font-mono">
        <a href={path}>{href}</a>
      </p>
    </NoticeBanner>
  );
}
