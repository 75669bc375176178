// Feedback themes: what families' comments are about, linked to plan areas and the reg 54–55 Local Offer topics.
import { docId, refItems, slug } from './ids.ts';
import { areaId } from './plan.ts';

export const THEMES = [
  { slug: 'waiting-times', title: 'Waiting times for health services', description: 'Waiting for assessments and therapies, and the help families get while they wait.', areas: ['pa4', 'r2'], topic: 'content-and-gaps' },
  { slug: 'finding-information', title: 'Finding information and knowing who to ask', description: 'Whether families can find clear, reliable information about support and how to get it, online and offline.', areas: ['pa1'], topic: 'accessibility-of-information' },
  { slug: 'things-to-do', title: 'Clubs and things to do', description: 'Clubs, activities and holiday schemes where children and young people with SEND are welcome.', areas: ['r4'], topic: 'content-and-gaps' },
  { slug: 'ehc-communication', title: 'Communication about EHC needs assessments and plans', description: 'Being kept informed during assessments, annual reviews and changes to EHC plans.', areas: ['pa1', 'pa3'], topic: undefined },
  { slug: 'support-in-school', title: 'Support in school', description: 'SEN support, adjustments, exclusions and how schools work with families.', areas: ['r1', 'pa3'], topic: undefined },
  { slug: 'short-breaks', title: 'Short breaks and help for families', description: 'Short breaks, social care support and help for parents, carers, brothers and sisters.', areas: ['pa5'], topic: 'content-and-gaps' },
  { slug: 'preparing-for-adulthood', title: 'Getting ready for adult life', description: 'College, work, independent living and moving to adult services.', areas: ['r4'], topic: undefined },
  { slug: 'being-involved', title: 'Being listened to and involved', description: 'Whether children, young people and families are listened to and help shape services and the Local Offer.', areas: ['pa1'], topic: 'how-it-was-developed' },
  { slug: 'staff-understanding', title: 'Staff understanding of SEND', description: 'Whether staff in schools, health and social care understand needs such as autism and ADHD.', areas: ['r3'], topic: undefined },
] as const;
export type ThemeSlug = (typeof THEMES)[number]['slug'];

export const themeId = (s: ThemeSlug) => docId('feedbackTheme', s);

export function themeDocuments() {
  return THEMES.map((t) => ({
    _id: themeId(t.slug),
    _type: 'feedbackTheme' as const,
    title: t.title,
    slug: slug(t.slug),
    description: t.description,
    areas: refItems(t.areas.map(areaId)),
    ...(t.topic ? { localOfferTopic: t.topic } : {}),
  }));
}
