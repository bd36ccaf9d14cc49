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

/**
 * The account for these credentials, or null. An unknown or disabled account costs the same bcrypt
 * compare as a known one (against a dummy hash), so the answer's timing does not say which emails exist.
 */
export async function authorizeCredentials(credentials: Record<string, string> | undefined, address: string, deps: SignInDeps, nowMs = Date.now()) {
  const email = credentials?.email?.trim().toLowerCase() ?? "";
  const password = credentials?.password ?? "";
  if (!email || !password || !mayAttempt(email, address, nowMs)) return null;
  const user = await deps.findAccount(email);
  const compare = deps.compare ?? verifyPassword;
  const matches = await compare(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || user.disabledAt || !matches) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
