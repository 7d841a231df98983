import type { EventType } from "@/lib/workflow/events";
import type { CaseState } from "@/lib/workflow/states";
import { formatDeadline } from "./format";
import type { CasePage } from "./pages";

/** "What you need to do now" for one case, from the events open to the CCM and their deadlines. */
export interface NextStepInput {
  state: CaseState;
  /** Respondent events the machine accepts from this person now. */
  open: readonly EventType[];
  /** Open deadlines that wait on the CCM, by kind. */
  dueBy: Partial<Record<string, Date>>;
  extensionRequested: boolean;
  hearing: { scheduledFor: Date | null; challengeUntil: Date | null } | null;
  unmetConditions: number;
  now: Date;
}

export interface NextStep {
  /** True when the CCM has something to do (else it is information). */
  actionNeeded: boolean;
  title: string;
  detail: string;
  page: CasePage | null;
}

const by = (date: Date | undefined) => (date ? ` by ${formatDeadline(date)}` : "");

export function nextStepFor(input: NextStepInput): NextStep {
  const { open, dueBy } = input;
  if (open.includes("SUBMIT_RESPONSE")) {
    return {
      actionNeeded: true,
      title: `Send your written response${by(dueBy.RESPONSE)}`,
      detail: input.extensionRequested
        ? "Your request for more time is with the Committee Chair. Until it is decided, the current deadline applies."
        : "Answer the allegations and add any documents that support your account. You may ask once for more time before the deadline.",
      page: "respond",
    };
  }
  if (open.includes("ACCEPT_DISPOSITION") || open.includes("REQUEST_HEARING")) {
    return {
      actionNeeded: true,
      title: `Accept the proposed outcome or ask for a hearing${by(dueBy.ELECTION)}`,
      detail: "If you do nothing by then, your silence counts as acceptance of the proposed outcome.",
      page: "election",
    };
  }
  if (open.includes("INFO_RECEIVED")) {
    return { actionNeeded: true, title: `Send the information the Committee asked for${by(dueBy.INFO)}`, detail: "", page: "information" };
  }
  if (open.includes("COMMENT_ON_ADVERSE_MATERIAL")) {
    return {
      actionNeeded: true,
      title: `You may comment on new material${by(dueBy.ADVERSE_COMMENT)}`,
      detail: "The Committee received new material about the complaint. Read it and comment if you wish.",
      page: "information",
    };
  }
  if (open.includes("FILE_APPEAL")) {
    return {
      actionNeeded: true,
      title: `Decide whether to appeal${by(dueBy.APPEAL)}`,
      detail: "If you do not appeal by then, the decision becomes final.",
      page: "appeal",
    };
  }
  if (input.state === "HEARING_SCHEDULED") return hearingStep(input);
  if (input.unmetConditions > 0) {
    return {
      actionNeeded: true,
      title: "Send proof that the conditions of your sanction are met",
      detail: `${input.unmetConditions} condition${input.unmetConditions === 1 ? " is" : "s are"} not yet verified as met.`,
      page: "compliance",
    };
  }
  return { actionNeeded: false, title: "Nothing to do now", detail: "We will write to you when there is something for you to do.", page: null };
}

function hearingStep(input: NextStepInput): NextStep {
  const hearing = input.hearing;
  if (!hearing?.scheduledFor) {
    return {
      actionNeeded: false,
      title: "Wait for the Notice of Hearing",
      detail: "The Committee Chair will set the date and the panel. You will be sent a Notice of Hearing at least 30 days before it.",
      page: "hearing",
    };
  }
  const challenge =
    hearing.challengeUntil && hearing.challengeUntil.getTime() >= input.now.getTime()
      ? ` You may challenge a panel member for cause until ${formatDeadline(hearing.challengeUntil)}.`
      : "";
  return {
    actionNeeded: true,
    title: `Prepare for your hearing on ${formatDeadline(hearing.scheduledFor)}`,
    detail: `You may send a written statement and exhibits before the hearing.${challenge}`,
    page: "hearing",
  };
}
