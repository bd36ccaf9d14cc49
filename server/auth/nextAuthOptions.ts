import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sameOriginRedirect } from "../../core/auth/sameOriginUrl";
import { CLIENT_ADDRESS_HEADER, stampedClientAddress } from "../http/clientAddress";
import { ready } from "../runtime";
import { isRole } from "./permissions";
import { SESSION_ABSOLUTE_LIFETIME_SEC } from "./sessionLimits";
import { endSession } from "./sessionStore";
import { attemptSignIn, type SignInDeps } from "./signIn";
import { settleSignIn } from "./signInRecord";
import { principalForSession } from "./users";

const accounts: SignInDeps = {
  findAccount: async (email) => (await ready()).prisma.user.findUnique({ where: { email } }),
};

// Throttled sign-ins answer as a wrong password does: next-auth's client expects its own answer, not a 429.
async function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, string | string[] | undefined> }) {
  const outcome = await attemptSignIn(credentials, stampedClientAddress(req.headers?.[CLIENT_ADDRESS_HEADER]), accounts);
  return settleSignIn(await ready(), outcome, new Date());
}

/** Thrown by the jwt callback for a session that has ended: next-auth then clears the cookie instead of renewing it. */
class SessionEnded extends Error {
  constructor() {
    super("The session has ended; sign in again.");
  }
}

/** The secret and AUTH_TRUST_HOST reach next-auth through the environment at start-up: server/config shareWithNextAuth. */
export const authOptions: NextAuthOptions = {
  // next-auth renews the cookie's expiry on every session read; the absolute limit is kept by the token's auth_time and its row.
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_LIFETIME_SEC },
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
    async jwt({ token, user }) {
      if (user?.sid && user.authTime !== undefined && isRole(user.role)) {
        return { ...token, role: user.role, sid: user.sid, auth_time: user.authTime };
      }
      const principal = await principalForSession(await ready(), token);
      if (!principal) throw new SessionEnded();
      return { ...token, role: principal.role };
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : "viewer";
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession((await ready()).sql, token.sid, "signed_out", new Date());
    },
  },
  logger: {
    // An ended session reaching next-auth's session endpoint is expected, not an error worth a stack trace.
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
