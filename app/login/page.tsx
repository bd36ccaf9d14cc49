import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { safeCallbackUrl } from "@/components/auth/callbackUrl";
import { LogoMark } from "@/components/ui/LogoMark";
import { currentUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(callbackUrl);

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center">
          <LogoMark className="size-11" />
          <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900 dark:text-white">Sign in to Ringwatch</h1>
          <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">Safe, ring-by-ring rollouts for your fleet</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500 dark:text-slate-400">Accounts are created by an administrator under Settings → Users.</p>
      </div>
    </main>
  );
}
