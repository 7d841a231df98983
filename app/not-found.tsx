import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link to a case, you may not have access to it.</p>
      <p>
        <Link href="/">Go to the Docket home page</Link>
      </p>
    </div>
  );
}
