import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from "@/lib/domain/certification";
import { formatDay, isoDay } from "@/lib/domain/registry";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { certificationAuditTrail, getCertificationRecord } from "@/lib/server/registry/records";
import { CertificationForm } from "../certification-form";
import { RecordHistory } from "./record-history";
import { StatusCorrectionForm } from "./status-correction-form";

export const metadata: Metadata = { title: "Certification record" };

const label = (status: string | null) => (status ? CERTIFICATION_STATUS_LABELS[status as CertificationStatus] : "—");

export default async function CertificationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  await requireAdminPage();
  const { id } = await params;
  const { created } = await searchParams;
  const record = await getCertificationRecord(db, id);
  if (!record) notFound();
  const trail = await certificationAuditTrail(db, id);
  const name = `${record.certificant.firstName} ${record.certificant.lastName}`;
  const disciplined = record.status === "SUSPENDED" || record.status === "REVOKED";
  const inForce = record.sanctions.filter((sanction) => sanction.status === "ACTIVE");
  const { certificant } = record;
  const defaults = {
    firstName: certificant.firstName,
    lastName: certificant.lastName,
    email: certificant.email ?? "",
    phone: certificant.phone ?? "",
    employer: certificant.employer ?? "",
    city: certificant.city ?? "",
    region: certificant.region ?? "",
    number: record.number,
    issuedAt: isoDay(record.issuedAt),
    validThrough: isoDay(record.validThrough),
  };

  return (
    <div className="max-w-4xl space-y-8">
      <p>
        <Link href="/admin/registry">Back to the registry</Link>
      </p>
      {created ? <NoticeBanner title={`${name} was added to the registry.`} /> : null}
      <h1>{name}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">CCM number</dt>
        <dd className="font-mono">{record.number}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {label(record.status)}
          {record.onProbation ? " · on probation" : ""}
        </dd>
        <dt className="font-semibold">Lifecycle status</dt>
        <dd>{label(record.lifecycleStatus)}</dd>
        <dt className="font-semibold">Issued</dt>
        <dd>{formatDay(record.issuedAt)}</dd>
        <dt className="font-semibold">Valid through</dt>
        <dd>{formatDay(record.validThrough)}</dd>
      </dl>

      <section aria-labelledby="edit-heading" className="space-y-4">
        <h2 id="edit-heading">Edit the record</h2>
        <CertificationForm mode="edit" certificationId={record.id} version={record.version} defaults={defaults} />
      </section>

      <section aria-labelledby="status-heading" className="space-y-4">
        <h2 id="status-heading">Correct the status</h2>
        <p>
          Use this for renewal, late renewal, expiry and retirement. Give a reason: the correction is recorded in the audit log.
        </p>
        {disciplined ? (
          <div className="border-l-8 border-danger bg-red-50 p-4">
            <p className="font-bold">This certification is {record.status === "REVOKED" ? "revoked" : "suspended"} by a final decision of the Committee.</p>
            <p className="mt-2">
              An administrator cannot clear a suspension or revocation. A correction here changes only the lifecycle status underneath; it takes
              effect when the sanction ends or is reversed.
            </p>
          </div>
        ) : null}
        <StatusCorrectionForm certificationId={record.id} version={record.version} lifecycleStatus={record.lifecycleStatus} />
      </section>

      <RecordHistory history={record.history} sanctions={record.sanctions} trail={trail} inForceCount={inForce.length} />
    </div>
  );
}
