// The Studio's Sanity project and datasets, from SANITY_STUDIO_* variables (inlined by the Studio's build).

/**
 * Clearly not a real project: `sanity build` and the tests work offline with it, and a Studio built with it
 * says "Couldn't reach the Sanity servers" instead of editing someone else's content.
 */
export const DUMMY_PROJECT_ID = 'dummy-offline-project';

export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || DUMMY_PROJECT_ID;
/** The public content: Local Offer, guides, plan, surveys, "You said, we did". */
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';
/** The private dataset: survey responses, correction reports and page feedback (DESIGN.md §10). */
export const feedbackDataset = process.env.SANITY_STUDIO_FEEDBACK_DATASET || 'feedback';
export const apiVersion = '2025-02-19';
