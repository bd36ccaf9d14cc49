import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sameOriginRedirect } from "../../core/auth/sameOriginUrl";
import { CLIENT_ADDRESS_HEADER, stampedClientAddress } from "../http/clientAddress";
import { ready } from "../runtime";
import { isRole } from "./permissions";
import { authorizeCredentials, type SignInDeps } from "./signIn";

const SESSION_MAX_AGE_SEC = 12 * 60 * 60;

const accounts: SignInDeps = {
  findAccount: async (email) => (await ready()).prisma.user.findUnique({ where: { email } }),
};

// Throttled sign-ins answer as a wrong password does: next-auth's client expects its own answer, not a 429.
function authorize(credentials: Record<string, string> | undefined, req: { headers?: Record<string, string | string[] | undefined> }) {
  return authorizeCredentials(credentials, stampedClientAddress(req.headers?.[CLIENT_ADDRESS_HEADER]), accounts);
}

/** The secret and AUTH_TRUST_HOST reach next-auth through the environment at start-up: server/config shareWithNextAuth. */
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
