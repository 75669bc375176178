// Node's settings for the portal's server process, in one place for `npm run serve`, `npm start`, the tests and the
// benchmarks. By default V8 lets its young and old generations grow far past what is live while groq-js builds the
// catalogue and the search index on first use: at 10,000 services the heap peaked at 167 MB with under 100 MB live,
// and the process at about 380 MB. A small young generation and slower heap growth keep the peak under 300 MB
// (bench/server-memory.ts: 279 MB on a first start and 269 MB on a restart, from 379 MB without them). Their cost, in
// bench/submissions.ts: the Astro Action against a bare node:sqlite server was 0.57 × before and 0.47–0.62 × in two
// runs after, on a disk whose bare server alone varied as much from run to run.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=20'];
