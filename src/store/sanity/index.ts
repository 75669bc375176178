// The Sanity adapter's public face.
export { openSanityStore, type SanityStore, type SanityStoreOptions } from './sanity-store.ts';
export type { MutationQueueStats } from './mutation-queue.ts';
