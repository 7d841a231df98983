import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-xl space-y-4">
      <h1>You do not have access to this page</h1>
      <p>Your account does not have the role this area needs. If you think it should, ask a Docket administrator.</p>
      <p>
        <Link href="/">Go to the Docket home page</Link>
      </p>
    </div>
  );
}
