// The evidence tool as a Studio tool: a tab in the content workspace's top bar.
import { BarChartIcon } from '@sanity/icons/BarChart';
import type { Tool } from 'sanity';
import { EvidenceTool } from './EvidenceTool.tsx';

export const evidenceTool: Tool = {
  name: 'evidence',
  title: 'Evidence',
  icon: BarChartIcon,
  component: EvidenceTool,
};
