// Sanity CLI settings for `sanity build`, `schema extract` and `dataset import`, run from the studio/ folder.
import { defineCliConfig } from 'sanity/cli';
import { dataset, projectId } from './env.ts';

export default defineCliConfig({
  api: { projectId, dataset },
  // Pinned versions (see STACK.md): the Studio must not fetch a newer `sanity` at runtime.
  deployment: { autoUpdates: false },
  // Both workspaces share one schema: `schema extract` (typegen) reads this one. (`schema validate` wants --workspace.)
  schemaExtraction: { workspace: 'content' },
});
