// Runs once per `vitest run`, before the test files: names the run, so the test files that need the
// production build (tests/e2e, tests/api with a real server) build it once between them.
export default function setup(): void {
  process.env.MOODTAPE_TEST_RUN = `${process.pid}-${Date.now()}`;
}
