import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { currentClientAddress } from "@/lib/server/request-info";
import { describeWait } from "@/lib/server/throttle";
import { getPublicCertification } from "@/lib/server/verification/lookup";
import { throttleVerification } from "@/lib/server/verification/throttle";
import { PublicRecord } from "../public-record";

export const metadata: Metadata = { title: "Certification record" };

export default async function VerifyRecordPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const verdict = await throttleVerification("page", await currentClientAddress());
  if (!verdict.allowed) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1>Too many searches</h1>
        <p>Too many searches from your network. Wait {describeWait(verdict.retryAfterSeconds)} and try again.</p>
      </div>
    );
  }
  const record = await getPublicCertification(db, number.slice(0, 40));
  if (!record) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/verify">Search again</Link>
      </p>
      <h1>Certification record</h1>
      <PublicRecord record={record} />
    </div>
  );
}
