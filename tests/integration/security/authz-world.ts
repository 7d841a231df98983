import { recuseMember } from "@/lib/server/committee/impartiality";
import type { Db } from "@/lib/server/db-factory";
import { codeDigest, randomAccessCode } from "@/lib/server/intake/codes";
import { runTransition } from "@/lib/server/cases/run-transition";
import { designateRepresentative } from "@/lib/server/portal/representatives";
import type { Actor, CaseState, EventInput } from "@/lib/workflow";
import { getWorld, makeCase, ManualClock, type World } from "@/tests/factories";
import type { Identity } from "./identity";

/** The kinds of caller the matrix tries, in the table's column order. */
export const ACTORS = [
  "anonymous",
  "complainant",
  "otherComplainant",
  "respondent",
  "otherCcm",
  "representative",
  "member",
  "recused",
  "chair",
  "appealPanel",
  "staff",
  "admin",
] as const;
export type ActorKind = (typeof ACTORS)[number];

export interface TargetCase {
  id: string;
  reference: string;
  version: number;
  state: CaseState;
  /** The complainant's access code (plain), as the confirmation page showed it. */
  accessCode: string;
}

/**
 * Targets that need more than their state for an allowed call to succeed: the factories' path to
 * `from`, then these events (by the Committee's own forms' actors), ending in the probe's state.
 */
export const ARRANGEMENTS = {
  /** The Committee asked the CCM (not the complainant) for information: the portal's reply form is theirs. */
  infoAskedOfCcm: {
    from: "COMMITTEE_REVIEW",
    events: (w: World) => [{ actor: w.cast.chair, event: { type: "REQUEST_INFO", from: "CCM", items: ["Your visit notes for March"] } }],
  },
  /** The complainant's answer was recorded: it is new material the CCM may comment on. */
  adverseMaterialOpen: {
    from: "AWAITING_INFO",
    events: (w: World) => [{ actor: w.cast.staff, event: { type: "INFO_RECEIVED", documentIds: [], note: "Visit dates received by post." } }],
  },
} satisfies Record<string, { from: CaseState; events: (w: World) => { actor: Actor; event: EventInput }[] }>;
export type Arrangement = keyof typeof ARRANGEMENTS;

const targetKey = (state: CaseState, arrangement?: Arrangement) => (arrangement ? `${state}+${arrangement}` : state);

/**
 * One world for the whole matrix: the factories' cast, and target cases against its respondent
 * CCM, each with the cast's representative designated (once the CCM was told of the case) and
 * the third member recused. A case is made per state when first asked for, and made again only
 * after an allowed call changed it.
 */
export class AuthzWorld {
  private readonly cases = new Map<string, Promise<TargetCase>>();
  private otherCase: Promise<TargetCase> | null = null;

  private constructor(
    readonly db: Db,
    readonly world: World,
  ) {}

  static async create(db: Db): Promise<AuthzWorld> {
    return new AuthzWorld(db, await getWorld(db));
  }

  get recusedMemberId(): string {
    return this.world.members[2].id;
  }

  caseIn(state: CaseState, arrangement?: Arrangement): Promise<TargetCase> {
    const key = targetKey(state, arrangement);
    let made = this.cases.get(key);
    if (!made) {
      made = this.makeTarget(state, arrangement);
      this.cases.set(key, made);
    }
    return made;
  }

  /** After an allowed call wrote to it: the next probe gets a fresh case in that state. */
  spend(state: CaseState, arrangement?: Arrangement): void {
    this.cases.delete(targetKey(state, arrangement));
  }

  /** The case the "other complainant" filed (against another CCM). */
  other(): Promise<TargetCase> {
    this.otherCase ??= this.makeCaseWithCode("SUBMITTED", false);
    return this.otherCase;
  }

  /** The target's current version (allowed calls of earlier probes may have moved it). */
  async fresh(target: TargetCase): Promise<TargetCase> {
    const row = await this.db.complaint.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, state: true } });
    return { ...target, version: row.version, state: row.state as CaseState };
  }

  async identity(actor: ActorKind, target: TargetCase | null): Promise<Identity> {
    const w = this.world;
    switch (actor) {
      case "anonymous":
        return {};
      case "complainant":
        return target ? { complaintId: target.id } : {};
      case "otherComplainant":
        return { complaintId: (await this.other()).id };
      case "respondent":
        return { personId: w.respondent.personId };
      case "otherCcm":
        return { personId: w.otherCcm.personId };
      case "representative":
        return { personId: w.representative.id };
      case "member":
        return { personId: w.members[0].id };
      case "recused":
        return { personId: this.recusedMemberId };
      case "chair":
        return { personId: w.chair.id };
      case "appealPanel":
        return { personId: w.commissioners[0].id };
      case "staff":
        return { personId: w.staff.id };
      case "admin":
        return { personId: w.admin.id };
    }
  }

  private async makeTarget(state: CaseState, arrangement?: Arrangement): Promise<TargetCase> {
    const made = await this.makeCaseWithCode(arrangement ? ARRANGEMENTS[arrangement].from : state, true);
    const w = this.world;
    for (const { actor, event } of arrangement ? ARRANGEMENTS[arrangement].events(w) : []) {
      await runTransition({ caseId: made.id, actor, event, db: this.db });
    }
    await recuseMember(this.db, w.chair.actor, made.id, { personId: this.recusedMemberId, reason: "Worked with the respondent" });
    const notified = await this.db.complaint.findUniqueOrThrow({ where: { id: made.id }, select: { respondentNotifiedAt: true } });
    if (notified.respondentNotifiedAt) {
      const rep = await this.db.person.findUniqueOrThrow({ where: { id: w.representative.id } });
      const { version } = await this.db.complaint.findUniqueOrThrow({ where: { id: made.id }, select: { version: true } });
      await designateRepresentative({ db: this.db, actor: w.respondent, caseId: made.id, expectedVersion: version, name: rep.name, email: rep.email });
    }
    const target = await this.fresh(made);
    if (target.state !== state) throw new Error(`Arrangement ${arrangement} ends in ${target.state}, not ${state}`);
    return target;
  }

  private async makeCaseWithCode(state: CaseState, againstRespondent: boolean): Promise<TargetCase> {
    const accessCode = randomAccessCode();
    const cast = againstRespondent ? this.world.cast : { ...this.world.cast, respondent: this.world.otherCcm, respondentCertificationId: this.world.otherCcm.certificationIds[0]! };
    // Cases start a little before today: the actions run at the real time, so their deadlines are open.
    const made = await makeCase(this.db, {
      to: state,
      cast,
      clock: new ManualClock(new Date(Date.now() - 3 * 86_400_000)),
      complaint: { complainant: { name: "Pat Complainant", email: "pat@example.org", relationship: "CLIENT", shareWithRespondent: false, accessCodeHash: codeDigest(accessCode) } },
    });
    return { id: made.id, reference: made.reference, version: made.version, state, accessCode };
  }
}
