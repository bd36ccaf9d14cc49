import type { MetricFamily } from "../../core/metrics/exposition";
import { SIGN_IN_FAILURES, type SignInFailure } from "../auth/signIn";
import { processWide } from "../processState";

/** Process-lifetime sign-in counters for /metrics, every reason from 0 so a rate() has a series to start from. */
const counters = processWide("signInCounters", () => ({
  succeeded: 0,
  failed: Object.fromEntries(SIGN_IN_FAILURES.map((reason) => [reason, 0])) as Record<SignInFailure, number>,
}));

export function countSignIn(failure: SignInFailure | null): void {
  if (failure === null) counters.succeeded += 1;
  else counters.failed[failure] += 1;
}

export function signInFamilies(): MetricFamily[] {
  return [
    { name: "ringwatch_sign_ins_total", help: "Successful sign-ins answered by this process.", type: "counter", samples: [{ value: counters.succeeded }] },
    {
      name: "ringwatch_sign_in_failures_total",
      help: "Refused sign-ins answered by this process, by reason.",
      type: "counter",
      samples: SIGN_IN_FAILURES.map((reason) => ({ labels: { reason }, value: counters.failed[reason] })),
    },
  ];
}
