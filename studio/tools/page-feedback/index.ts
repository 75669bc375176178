// "Is this page useful?" summed up, as a tab in the private feedback workspace.
import { CommentIcon } from '@sanity/icons/Comment';
import type { Tool } from 'sanity';
import { PageFeedbackTool } from './PageFeedbackTool.tsx';

export const pageFeedbackTool: Tool = {
  name: 'page-feedback',
  title: 'Page feedback',
  icon: CommentIcon,
  component: PageFeedbackTool,
};
