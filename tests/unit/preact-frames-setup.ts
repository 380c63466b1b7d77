// Preact's hooks schedule effects with requestAnimationFrame and a 35 ms setTimeout fallback, and
// decide once, at import, that the global exists. A file whose last render happens just before
// vitest tears the jsdom window down leaves that timer behind; it then fires with no
// cancelAnimationFrame and vitest reports an uncaught error against the file (a flaky red CI).
// Waiting past the fallback before teardown lets every pending frame settle while the window
// still exists: timers fire in order of expiry, so the 35 ms one always runs before this one.
import { afterAll } from 'vitest';

const PREACT_FRAME_FALLBACK_MS = 35;

if (typeof window !== 'undefined') {
  afterAll(() => new Promise<void>((settled) => setTimeout(settled, PREACT_FRAME_FALLBACK_MS * 3)));
}
