// The desk and the workspaces agree with the model: every document type is reachable in the workspace of its dataset.
import type { DocumentActionComponent, NewDocumentOptionsContext, TemplateItem } from 'sanity';
import { createStructureBuilder, type StructureResolver } from 'sanity/structure';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, PRIVATE_TYPES } from '../../src/model/index.ts';
import config from '../../studio/sanity.config.ts';
import { dataset, feedbackDataset } from '../../studio/env.ts';
import { feedbackStructure, structure } from '../../studio/structure/index.ts';
import { compileStudioSchema } from './studio/studio-schema.ts';

const { schema } = compileStudioSchema();

// createStructureBuilder is the Studio's own (marked internal); a source with just the schema is enough to
// serialise a desk that has no custom components.
const source = { projectId: 'dummy', dataset: 'test', schema, currentUser: null, getClient: () => ({}), i18n: { t: (key: string) => key }, templates: [], document: { resolveNewDocumentOptions: () => [] } };
const S = createStructureBuilder({ source: source as never, perspectiveStack: [] });

type Node = { serialize?: () => Node; type?: string; options?: { type?: string }; items?: Node[]; schemaType?: string | { name: string }; child?: Node };

/** The document types a desk lists, walking into its groups. */
function typesIn(resolver: StructureResolver): Set<string> {
  const out = new Set<string>();
  const walk = (node: Node | undefined) => {
    const n = typeof node?.serialize === 'function' ? node.serialize() : node;
    if (!n) return;
    if (n.type === 'document' && n.options?.type) out.add(n.options.type);
    for (const item of n.items ?? []) {
      if (item.schemaType) out.add(typeof item.schemaType === 'string' ? item.schemaType : item.schemaType.name);
      else walk(item.child);
    }
  };
  walk(resolver(S, {} as never) as Node);
  return out;
}

const workspaces = Array.isArray(config) ? config : [config];
const content = workspaces.find((w) => w.name === 'content')!;
const feedback = workspaces.find((w) => w.name === 'feedback')!;

describe('the desk', () => {
  const publicTypes = DOCUMENT_TYPES.filter((t) => !PRIVATE_TYPES.has(t));

  it('lists every public document type in the content workspace', () => {
    expect([...typesIn(structure)].sort()).toEqual([...publicTypes].sort());
  });

  it('lists every private document type in the feedback workspace', () => {
    expect([...typesIn(feedbackStructure)].sort()).toEqual([...PRIVATE_TYPES].sort());
  });
});

describe('the workspaces', () => {
  it('edit the public dataset and the private feedback dataset', () => {
    expect(content.dataset).toBe(dataset);
    expect(feedback.dataset).toBe(feedbackDataset);
    expect(feedbackDataset).not.toBe(dataset);
  });

  it('never offer to create feedback or a second site settings document', () => {
    const offered = (DOCUMENT_TYPES as string[]).map((t) => ({ templateId: t }) as TemplateItem);
    const context = { creationContext: { type: 'global' } } as NewDocumentOptionsContext;
    const resolve = (w: typeof content) => (w.document?.newDocumentOptions as (p: TemplateItem[], c: NewDocumentOptionsContext) => TemplateItem[])(offered, context).map((i) => i.templateId);
    expect(resolve(content).sort()).toEqual(DOCUMENT_TYPES.filter((t) => !PRIVATE_TYPES.has(t) && t !== 'siteSettings').sort());
    expect(resolve(feedback)).toEqual([]);
  });

  it('let site settings be published but not deleted or duplicated', () => {
    const actions = ['publish', 'discardChanges', 'restore', 'delete', 'duplicate', 'unpublish'].map(
      (action) => Object.assign(() => null, { action }) as unknown as DocumentActionComponent,
    );
    const resolve = (content.document as { actions?: unknown }).actions as (prev: DocumentActionComponent[], ctx: { schemaType: string }) => DocumentActionComponent[];
    expect(resolve(actions, { schemaType: 'siteSettings' }).map((a) => a.action)).toEqual(['publish', 'discardChanges', 'restore']);
    // Other types keep every built-in action, in order, with their own actions after them.
    const service = resolve(actions, { schemaType: 'service' });
    expect(service.slice(0, actions.length)).toEqual(actions);
    expect(service.slice(actions.length).map((a) => a.displayName)).toEqual(['MarkReviewedAction', 'PreviewOnSiteAction']);
  });

  it('add the comms team\'s own actions to the types they belong to', () => {
    const names = (w: typeof content, schemaType: string) =>
      ((w.document as { actions?: unknown }).actions as (prev: DocumentActionComponent[], ctx: { schemaType: string }) => DocumentActionComponent[])([], {
        schemaType,
      }).map((a) => a.displayName);
    expect(names(content, 'service')).toEqual(['MarkReviewedAction', 'PreviewOnSiteAction']);
    expect(names(content, 'guide')).toEqual(['MarkReviewedAction', 'PreviewOnSiteAction']);
    expect(names(content, 'action')).toEqual(['AddProgressUpdateAction']);
    expect(names(content, 'feedbackTheme')).toEqual(['DraftYouSaidWeDidAction']);
    expect(names(feedback, 'surveyResponse')).toEqual(['ApproveQuoteAction', 'RejectAnswerAction']);
    expect(names(feedback, 'correctionReport')).toEqual([]);
  });

  it('add the evidence tool to the content workspace, and page feedback to the private one', () => {
    const tools = (w: typeof content) => (((w as { tools?: unknown }).tools as ((prev: { name: string }[]) => { name: string }[]) | undefined)?.([]) ?? []).map((t) => t.name);
    expect(tools(content)).toEqual(['evidence']);
    expect(tools(feedback)).toEqual(['page-feedback']);
  });
});
