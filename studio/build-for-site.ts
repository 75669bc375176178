// Builds the Studio to be served by the site at /studio, for the Sanity project the site is configured with
// (SANITY_PROJECT_ID, SANITY_DATASET, SANITY_FEEDBACK_DATASET), and records what it was built for: never a token.
// Run: node scripts/node24.mjs studio/build-for-site.ts [--allow-dummy]   (output: STUDIO_DIST_DIR or studio/dist)
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BUILD_INFO_NAME, STUDIO_BASE_PATH, studioDistDir, type StudioBuildInfo } from '../src/studio-logic/hosting.ts';
import { DUMMY_PROJECT_ID } from './env.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Only the three variables the Studio is built for: a build (in CI, say) must not need the site's tokens or secrets.
 * The patterns are src/config/env.ts's.
 */
const StudioTarget = z.object({
  SANITY_PROJECT_ID: z.string().trim().regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lower-case letters and digits)'),
  SANITY_DATASET: z.string().trim().regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name, e.g. "production"'),
  SANITY_FEEDBACK_DATASET: z.string().trim().regex(/^[a-z0-9_-]{1,64}$/, 'must be a dataset name, e.g. "feedback"'),
});

export async function buildStudioForSite({ allowDummy = false } = {}): Promise<number> {
  let target: { projectId: string; dataset: string; feedbackDataset: string };
  const configured = Boolean(process.env.SANITY_PROJECT_ID?.trim());
  if (configured) {
    const parsed = StudioTarget.safeParse(process.env);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      console.error(`Configuration error: ${String(issue.path[0])}: ${issue.message}`);
      return 1;
    }
    if (parsed.data.SANITY_FEEDBACK_DATASET === parsed.data.SANITY_DATASET) {
      console.error('Configuration error: SANITY_FEEDBACK_DATASET: must differ from SANITY_DATASET');
      return 1;
    }
    target = { projectId: parsed.data.SANITY_PROJECT_ID, dataset: parsed.data.SANITY_DATASET, feedbackDataset: parsed.data.SANITY_FEEDBACK_DATASET };
  } else if (allowDummy) {
    target = { projectId: DUMMY_PROJECT_ID, dataset: 'production', feedbackDataset: 'feedback' };
  } else {
    console.error('SANITY_PROJECT_ID is not set: there is no project to build the Studio for. See docs/connect-to-sanity.md.');
    return 1;
  }
  const out = studioDistDir(process.env, root);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DO_NOT_TRACK: '1',
    SANITY_STUDIO_PROJECT_ID: configured ? target.projectId : '',
    SANITY_STUDIO_DATASET: target.dataset,
    SANITY_STUDIO_FEEDBACK_DATASET: target.feedbackDataset,
    SANITY_STUDIO_BASEPATH: STUDIO_BASE_PATH,
  };
  console.log(`Building the Studio for project ${target.projectId} (datasets ${target.dataset} and ${target.feedbackDataset}) into ${out} …`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/sanity/bin/sanity'), 'build', out, '--yes'], { cwd: join(root, 'studio'), env, stdio: 'inherit' });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    console.error('The Studio build failed: see the messages above.');
    return code;
  }
  const info: StudioBuildInfo = { ...target, basePath: STUDIO_BASE_PATH, builtAt: new Date().toISOString() };
  writeFileSync(join(out, BUILD_INFO_NAME), JSON.stringify(info, null, 2));
  console.log(`The Studio is built. The site serves it at ${STUDIO_BASE_PATH} while SANITY_PROJECT_ID is ${target.projectId}.`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(await buildStudioForSite({ allowDummy: process.argv.includes('--allow-dummy') }));
}
