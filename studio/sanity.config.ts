// The Studio: one workspace for public content and one for the private feedback dataset, sharing one schema.
import { defineConfig, type DocumentActionComponent } from 'sanity';
import { structureTool } from 'sanity/structure';
import { visionTool } from '@sanity/vision';
import { apiVersion, dataset, feedbackDataset, projectId } from './env.ts';
import { PRIVATE_TYPES, schemaTypes } from './schemaTypes/index.ts';
import { feedbackStructure, structure } from './structure/index.ts';
import { CONTENT_ACTIONS, FEEDBACK_ACTIONS, withCustomActions } from './actions/index.ts';
import { evidenceTool } from './tools/evidence/index.ts';
import { pageFeedbackTool } from './tools/page-feedback/index.ts';

// Both workspaces compile the whole schema so references between the datasets still name known types.
const schema = { types: schemaTypes };

// The singleton is edited in place: never created from the "new document" menu, duplicated or deleted.
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

function keepSingletonActions(actions: DocumentActionComponent[], schemaType: string) {
  return schemaType === 'siteSettings' ? actions.filter((a) => a.action && SINGLETON_ACTIONS.has(a.action)) : actions;
}

export default defineConfig([
  {
    name: 'content',
    title: 'SEND Local Offer',
    basePath: '/content',
    projectId,
    dataset,
    schema,
    plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: apiVersion })],
    // Figures from survey responses, worked out by src/evidence as the site does (reads the private dataset too).
    tools: (prev) => [...prev, evidenceTool],
    document: {
      // Feedback is written by the site into the private dataset; the desk opens (and so creates) the one siteSettings.
      newDocumentOptions: (prev) =>
        prev.filter((item) => item.templateId !== 'siteSettings' && !PRIVATE_TYPES.has(item.templateId as never)),
      actions: (prev, { schemaType }) => withCustomActions(CONTENT_ACTIONS, keepSingletonActions(prev, schemaType), schemaType),
    },
  },
  {
    name: 'feedback',
    title: 'Private feedback',
    subtitle: 'Responses and reports from families',
    basePath: '/feedback',
    projectId,
    dataset: feedbackDataset,
    schema,
    plugins: [structureTool({ structure: feedbackStructure })],
    // "Is this page useful?" summed up per page and for the Local Offer, by the site's own code.
    tools: (prev) => [...prev, pageFeedbackTool],
    document: {
      // Nothing is created here by hand: every document comes from a family through the site.
      newDocumentOptions: () => [],
      // Moderation is the job here, so its actions come first (the primary button).
      actions: (prev, { schemaType }) => withCustomActions(FEEDBACK_ACTIONS, prev, schemaType, { first: true }),
    },
  },
]);
