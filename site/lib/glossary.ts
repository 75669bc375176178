// The glossary matcher, built once per build or server process, for linking terms in service and guide text.
import { runQuery } from '../../src/queries/define.ts';
import { glossaryQuery } from '../../src/queries/guides.ts';
import { buildMatcher, glossaryLinker } from '../../src/text/glossary-links.ts';
import { getStore } from './store.ts';
import { registerCache } from '../../src/webhooks/invalidation.ts';

let matcher: Promise<ReturnType<typeof buildMatcher>> | undefined;
registerCache('glossary', () => {
  matcher = undefined;
});

/** A fresh linker per page, so each term is linked on its first use in that page. */
export async function pageGlossaryLinker(): Promise<(text: string) => string> {
  matcher ??= getStore().then((store) => runQuery(store, glossaryQuery)).then(buildMatcher);
  return glossaryLinker(await matcher);
}
