import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Moodtape — songs for how you feel",
  description: "Tell Moodtape how you feel and get songs that fit, with the emotions they share.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#18181b" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-900 font-sans text-zinc-100 antialiased">{children}</body>
    </html>
  );
}
