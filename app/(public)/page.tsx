import Link from "next/link";
import { connection } from "next/server";
import { publicStages } from "@/lib/domain/intake/public-stages";
import { loadProcedureRules } from "@/lib/server/cases/procedure-rules";
import { db } from "@/lib/server/db";

export default async function Home() {
  // The durations are procedure settings an administrator may change: read them per request.
  await connection();
  const stages = publicStages(await loadProcedureRules(db));
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1>Complaints about a Board-Certified Case Manager</h1>
        <p className="max-w-3xl text-lg">
          Every Board-Certified Case Manager (CCM) must follow the CCMC Code of Professional Conduct. If you believe a CCM
          has broken it, you can tell the Commission for Case Manager Certification (CCMC). Its Ethics &amp; Professional
          Conduct Committee looks at every complaint.
        </p>
        <div className="flex flex-wrap gap-4">
          <Link
            href="/complaints/new"
            className="inline-flex min-h-11 items-center bg-success px-5 py-2 font-semibold text-white no-underline shadow-[0_2px_0_#0b0c0c] hover:text-white"
          >
            Make a complaint
          </Link>
          <Link href="/complaints/check" className="inline-flex min-h-11 items-center px-2">
            Is this for us? Check first
          </Link>
          <Link href="/complaints/status" className="inline-flex min-h-11 items-center px-2">
            Check a complaint you made
          </Link>
          <Link href="/verify" className="inline-flex min-h-11 items-center px-2">
            Check a case manager&apos;s certification
          </Link>
        </div>
      </section>

      <section aria-labelledby="covers" className="space-y-3">
        <h2 id="covers">What the Code covers</h2>
        <p className="max-w-3xl">
          The Code has Rules of Conduct (for example, not falsifying documents and not practising outside the Standards) and
          Standards for Professional Conduct about advocacy, competence, conflicts of interest, confidentiality and
          privacy, record keeping, fees and advertising, and professional relationships.
        </p>
      </section>

      <section aria-labelledby="who" className="space-y-3">
        <h2 id="who">Who can complain</h2>
        <p className="max-w-3xl">
          Anyone: a client or family member, another case manager, an employer, a payer or a member of the public. You must
          give your name and contact details; we do not accept anonymous complaints. You choose whether the case manager
          may be told who you are.
        </p>
      </section>

      <section aria-labelledby="stages" className="space-y-3">
        <h2 id="stages">What happens after you complain</h2>
        <ol className="max-w-3xl list-decimal space-y-2 pl-6">
          {stages.map((stage) => (
            <li key={stage.name}>
              <strong>{stage.name}</strong> ({stage.duration}). {stage.detail}
            </li>
          ))}
        </ol>
        <p className="max-w-3xl">Many complaints take 6 months or more from start to finish. You can check progress at any time.</p>
      </section>

      <section aria-labelledby="confidential" className="space-y-3">
        <h2 id="confidential">Confidentiality</h2>
        <p className="max-w-3xl">
          Complaints are confidential. Only CCMC staff, Committee members with no conflict of interest, and the case manager
          complained about see the case. Only final public sanctions are ever published.
        </p>
      </section>

      <section aria-labelledby="cannot" className="space-y-3">
        <h2 id="cannot">What we cannot do</h2>
        <ul className="max-w-3xl list-disc space-y-2 pl-6">
          <li>We can only act on people who hold, or held, CCM certification. For other professionals, contact their state licensing board.</li>
          <li>We cannot award compensation, change a care plan, or settle a dispute about a bill. Contact the employer or payer.</li>
          <li>If someone is in danger or a crime has happened, contact the police or emergency services first.</li>
          <li>Complaints about a nurse&apos;s or social worker&apos;s licence go to the state board that issued it.</li>
        </ul>
        <p className="max-w-3xl">
          Not sure the person is a certified case manager? <Link href="/complaints/check">Search the register first</Link>. Someone whose
          certification has expired or been retired can still be complained about for what they did while certified.
        </p>
      </section>
    </div>
  );
}
