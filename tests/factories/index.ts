export { makeCase, T0, type MadeCase, type MakeCaseOptions } from "./make-case";
export { makeCertification, makePerson, personActor, uniqueSuffix, type MadeCertification, type MadePerson, type PersonActor } from "./people";
export { castWithNewRespondent, getWorld, type World } from "./world";
export { ManualClock } from "@/lib/server/cases/case-paths";
