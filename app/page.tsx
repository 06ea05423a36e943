import { Chat } from "./_components/chat";
import { HowItWorks } from "./_components/how-it-works";

export default function Home() {
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col gap-4 px-3 py-4 sm:px-6">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">
          Mood<span className="text-amber-400">tape</span>
        </h1>
        <p className="text-sm text-zinc-400">Say how you feel. Get songs that fit, and why.</p>
      </header>
      <HowItWorks />
      <Chat />
    </main>
  );
}
