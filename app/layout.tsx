import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Docket · CCMC complaints", template: "%s · Docket" },
  description: "File and follow complaints under the CCMC Code of Professional Conduct for Case Managers.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-slate-300 bg-slate-50">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
            Commission for Case Manager Certification · Ethics &amp; Professional Conduct Committee
          </div>
        </footer>
      </body>
    </html>
  );
}
