import bcrypt from "bcryptjs";

export const BCRYPT_COST = 12;
/** A hash of a random password nobody knows, at BCRYPT_COST: compared against when an account does not exist. */
export const DUMMY_PASSWORD_HASH = "$2b$12$ybxV1jItTihUKSKyQsrZIOChre5rNKWKTXOxjXeqo73O43uCdsfYu";
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
