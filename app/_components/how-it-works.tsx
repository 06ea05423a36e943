export function HowItWorks() {
  return (
    <details className="rounded-lg border border-zinc-700 bg-zinc-800/50 px-4 py-2 text-sm text-zinc-300">
      <summary className="cursor-pointer font-medium text-zinc-100">How it works</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>Your message (English or Spanish) is read as up to 8 emotions from our own emotion vocabulary.</li>
        <li>Every song&apos;s lyrics were tagged with 8 emotions the same way, and embedded as vectors.</li>
        <li>Songs whose emotions are similar enough to yours (the threshold) are kept and sorted by popularity.</li>
        <li>Follow up to refine: &ldquo;something more upbeat&rdquo;, &ldquo;less sad&rdquo;, &ldquo;only Spanish songs&rdquo;.</li>
      </ol>
    </details>
  );
}
