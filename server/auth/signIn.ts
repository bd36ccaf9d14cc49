import { boundedBuckets } from "../limits/boundedBuckets";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./passwords";

/**
 * Sign-in attempts are throttled per email (a few quick retries, then one every 10 s) and per client
 * address (an office behind one NAT signs in at once; one address guessing across accounts does not
 * get far). Both tables are LRU-bounded at 10,000 keys (~2 MB each): anyone can send new emails or
 * come from new addresses, and a forgotten bucket only comes back full. Evicting a victim's email
 * takes 10,000 other attempts, which the per-address throttle spreads over hours for one address.
 */
export const LOGIN_BURST = 5;
const LOGIN_RATE_PER_SEC = 0.1;
export const LOGIN_ACCOUNTS_TRACKED = 10_000;
export const LOGIN_ADDRESS_BURST = 20;
const LOGIN_ADDRESS_RATE_PER_SEC = 0.5;
export const LOGIN_ADDRESSES_TRACKED = 10_000;

const perAccount = boundedBuckets("loginAccounts", { ratePerSec: LOGIN_RATE_PER_SEC, burst: LOGIN_BURST, maxTracked: LOGIN_ACCOUNTS_TRACKED });
const perAddress = boundedBuckets("loginAddresses", {
  ratePerSec: LOGIN_ADDRESS_RATE_PER_SEC,
  burst: LOGIN_ADDRESS_BURST,
  maxTracked: LOGIN_ADDRESSES_TRACKED,
});

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: string;
  passwordHash: string;
  disabledAt: Date | null;
}

export interface SignInDeps {
  findAccount(email: string): Promise<AccountRow | null>;
  compare?(password: string, hash: string): Promise<boolean>;
}

export function trackedSignInAccounts(): number {
  return perAccount.size;
}

export function trackedSignInAddresses(): number {
  return perAddress.size;
}

export function forgetSignInAttempts(): void {
  perAccount.clear();
  perAddress.clear();
}

/** The address first: a throttled address spends nothing of the accounts it names. */
function mayAttempt(email: string, address: string, nowMs: number): boolean {
  return perAddress.take(address, nowMs).allowed && perAccount.take(email, nowMs).allowed;
}

/** Why a sign-in was refused; `account_changed`: the password changed or the account was disabled during the attempt. */
export const SIGN_IN_FAILURES = ["missing_credentials", "throttled", "unknown_account", "wrong_password", "disabled", "account_changed"] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

/** What became of one attempt: the account it signs in, or why not (for the audit log and /metrics). */
export type SignInOutcome =
  | { ok: true; email: string; address: string; account: AccountRow }
  | { ok: false; email: string; address: string; reason: SignInFailure; accountId: string | null };

/**
 * Checks one attempt. An unknown or disabled account costs the same bcrypt compare as a known one
 * (against a dummy hash), so the answer's timing does not say which emails exist. A disabled account
 * counts as `disabled` only with the right password: with a wrong one it is a wrong password like any.
 */
export async function attemptSignIn(
  credentials: Record<string, string> | undefined,
  address: string,
  deps: SignInDeps,
  nowMs = Date.now(),
): Promise<SignInOutcome> {
  const email = credentials?.email?.trim().toLowerCase() ?? "";
  const password = credentials?.password ?? "";
  const failed = (reason: SignInFailure, accountId: string | null = null): SignInOutcome => ({ ok: false, email, address, reason, accountId });
  if (!email || !password) return failed("missing_credentials");
  if (!mayAttempt(email, address, nowMs)) return failed("throttled");
  const user = await deps.findAccount(email);
  const compare = deps.compare ?? verifyPassword;
  const matches = await compare(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user) return failed("unknown_account");
  if (!matches) return failed("wrong_password", user.id);
  if (user.disabledAt) return failed("disabled", user.id);
  return { ok: true, email, address, account: user };
}
