// The statutory coverage report: for each thing schedule 2 says the Local Offer must cover, what covers it and what is missing.
import { PROVIDER_KINDS, SCHEDULE2_QUESTIONS, SCHOOL_OR_SETTING_KINDS, STATUTORY_TOPICS, type StatutoryTopic } from '../model/index.ts';

export interface CoverageInput {
  guides: { title: string; slug: string; topics: string[] }[];
  services: { title: string; slug: string; providerKind: string; categoryTopics: string[]; schedule2Answered: number }[];
}

export interface TopicCoverage {
  topic: StatutoryTopic;
  label: string;
  guides: { title: string; slug: string }[];
  serviceCount: number;
  covered: boolean;
}

export interface CoverageReport {
  topics: TopicCoverage[];
  missingTopics: string[];
  providerKinds: { kind: string; serviceCount: number }[];
  missingProviderKinds: string[];
  schoolsAndSettings: { total: number; complete: number; incomplete: { title: string; slug: string; answered: number }[] };
}

export function coverageReport(input: CoverageInput): CoverageReport {
  const topics = (Object.keys(STATUTORY_TOPICS) as StatutoryTopic[]).map((topic) => {
    const guides = input.guides.filter((g) => g.topics.includes(topic)).map(({ title, slug }) => ({ title, slug }));
    const serviceCount = input.services.filter((s) => s.categoryTopics.includes(topic)).length;
    // A topic needs information (a guide) to count as covered; services alone do not explain rights or routes.
    return { topic, label: STATUTORY_TOPICS[topic], guides, serviceCount, covered: guides.length > 0 };
  });
  const providerKinds = PROVIDER_KINDS.map((kind) => ({ kind, serviceCount: input.services.filter((s) => s.providerKind === kind).length }));
  const settings = input.services.filter((s) => SCHOOL_OR_SETTING_KINDS.has(s.providerKind));
  const all = Object.keys(SCHEDULE2_QUESTIONS).length;
  return {
    topics,
    missingTopics: topics.filter((t) => !t.covered).map((t) => t.label),
    providerKinds,
    missingProviderKinds: providerKinds.filter((p) => p.serviceCount === 0).map((p) => p.kind),
    schoolsAndSettings: {
      total: settings.length,
      complete: settings.filter((s) => s.schedule2Answered === all).length,
      incomplete: settings.filter((s) => s.schedule2Answered < all).map((s) => ({ title: s.title, slug: s.slug, answered: s.schedule2Answered })),
    },
  };
}
