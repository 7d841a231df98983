import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser, homeFor } from "@/lib/server/authz";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const user = await currentUser();
  if (user) redirect(homeFor(user.roles));
  return (
    <div className="max-w-xl space-y-6">
      <h1>Sign in</h1>
      <p>
        For committee members, staff, administrators and certified case managers. To follow a complaint you filed, use{" "}
        <a href="/complaints/status">your reference and access code</a> instead.
      </p>
      <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
    </div>
  );
}
