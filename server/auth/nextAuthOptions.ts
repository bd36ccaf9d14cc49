import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sameOriginRedirect } from "../../core/auth/sameOriginUrl";
import { takeToken, type TokenBucket } from "../../core/limits/tokenBucket";
import { ready } from "../runtime";
import { isRole } from "./permissions";
import { verifyPassword } from "./passwords";
import { processWide } from "../processState";

const SESSION_MAX_AGE_SEC = 12 * 60 * 60;
/** Sign-in attempts per email: a few quick retries, then one every 10 seconds. */
const LOGIN_BURST = 5;
const LOGIN_RATE_PER_SEC = 0.1;
const loginBuckets = processWide("loginAttempts", () => new Map<string, TokenBucket>());

// Self-hosted behind any host name: let next-auth take its origin from the request unless told.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

async function authorize(credentials: Record<string, string> | undefined) {
  const email = credentials?.email?.trim().toLowerCase() ?? "";
  const password = credentials?.password ?? "";
  if (!email || !password) return null;
  const attempt = takeToken(loginBuckets.get(email), LOGIN_RATE_PER_SEC, LOGIN_BURST, Date.now());
  loginBuckets.set(email, attempt.bucket);
  if (!attempt.allowed) return null;
  const db = await ready();
  const user = await db.prisma.user.findUnique({ where: { email } });
  if (!user || user.disabledAt || !(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SEC },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize,
    }),
  ],
  callbacks: {
    // The callbackUrl a sign-in or sign-out carries (query, body or cookie) never leads off-site.
    redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl);
    },
    jwt({ token, user }) {
      if (user && "role" in user && isRole(user.role)) token.role = user.role;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : "viewer";
      }
      return session;
    },
  },
};
