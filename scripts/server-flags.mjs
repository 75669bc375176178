// Node's settings for the portal's server process, in one place for `npm run serve`, `npm start`, the tests and the
// benchmarks. V8 otherwise lets its young generation grow to 64 MB a half and its old generation to four times what
// is live; the catalogue and search index build on first use (10,000 services) then leave a peak RSS near 400 MB
// although under 100 MB stays live. A small young generation and slower heap growth keep the peak under 300 MB
// (bench/server-memory.ts: 276 MB, from 379 MB without them). Measured cost: the Astro Action's submissions a second
// against a bare node:sqlite server went from 0.57 × to 0.51–0.55 × (bench/submissions.ts), within run-to-run noise.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=20'];
