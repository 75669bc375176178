// Small valid documents for store tests: builders start from valid defaults, and every builder's output parses with zod.
import { randomUUID, createHash } from 'node:crypto';
import type { DocumentOf } from '../../../src/model/index.ts';

const ref = (id: string, key?: string) => ({ _type: 'reference' as const, _ref: id, ...(key ? { _key: key } : {}) });
const slug = (current: string) => ({ _type: 'slug' as const, current });
const block = (key: string, text: string) => ({
  _type: 'block' as const,
  _key: key,
  style: 'normal' as const,
  markDefs: [],
  children: [{ _type: 'span' as const, _key: `${key}s`, text, marks: [] }],
});

export function anAgePhase(over: Partial<DocumentOf<'agePhase'>> = {}): DocumentOf<'agePhase'> {
  return {
    _id: 'age-primary',
    _type: 'agePhase',
    title: 'Primary',
    slug: slug('primary'),
    minAge: 5,
    maxAge: 11,
    order: 2,
    summary: 'Ages 5 to 11',
    ...over,
  };
}

export function aCategory(over: Partial<DocumentOf<'category'>> = {}): DocumentOf<'category'> {
  return { _id: 'cat-therapy', _type: 'category', title: 'Therapy', slug: slug('therapy'), description: 'Therapies', order: 1, statutoryTopics: ['health-provision'], ...over };
}

export function aProvider(over: Partial<DocumentOf<'provider'>> = {}): DocumentOf<'provider'> {
  return { _id: 'provider-nhs', _type: 'provider', name: 'NHS Trust', slug: slug('nhs-trust'), kind: 'nhs', ...over };
}

export function aService(over: Partial<DocumentOf<'service'>> = {}): DocumentOf<'service'> {
  return {
    _id: 'service-speech',
    _type: 'service',
    title: 'Speech and language therapy',
    slug: slug('speech-and-language-therapy'),
    provider: ref('provider-nhs'),
    summary: 'Help with talking and understanding.',
    description: [block('b1', 'We help children with communication.')],
    agePhases: [ref('age-primary', 'ap1')],
    categories: [ref('cat-therapy', 'c1')],
    needs: [],
    ageRange: { min: 4, max: 11 },
    eligibility: 'Children with a communication need.',
    cost: { kind: 'free' },
    access: { referralRoutes: ['self-referral'], howToAccess: 'Phone us.' },
    contacts: [{ _key: 'k1', phone: '01234 567890' }],
    locations: [],
    serviceAreas: [],
    openingTimes: [],
    lastReviewed: '2026-01-15',
    ...over,
  };
}

export function aGuide(over: Partial<DocumentOf<'guide'>> = {}): DocumentOf<'guide'> {
  return {
    _id: 'guide-ehc',
    _type: 'guide',
    title: 'Asking for an EHC needs assessment',
    slug: slug('ehc-needs-assessment'),
    summary: 'How to ask.',
    body: [block('g1', 'Write to the council.')],
    topics: ['identification-and-assessment'],
    agePhases: [],
    lastReviewed: '2026-02-01',
    ...over,
  };
}

export function aSurveyResponse(over: Partial<DocumentOf<'surveyResponse'>> = {}): DocumentOf<'surveyResponse'> {
  const submissionId = over.submissionId ?? randomUUID();
  return {
    _id: `response-${submissionId}`,
    _type: 'surveyResponse',
    survey: { ...ref('survey-2026'), _weak: true as const },
    submissionId,
    receiptHash: createHash('sha256').update(submissionId).digest('hex'),
    submittedAt: '2026-03-01T10:00:00Z',
    audience: 'parents-carers',
    answers: [{ _key: 'a1', questionKey: 'overall', score: 4 }],
    ...over,
  };
}

export function aCorrectionReport(over: Partial<DocumentOf<'correctionReport'>> = {}): DocumentOf<'correctionReport'> {
  return {
    _id: 'report-1',
    _type: 'correctionReport',
    subject: { ...ref('service-speech'), _weak: true as const },
    subjectTitle: 'Speech and language therapy',
    whatIsWrong: 'The phone number has changed.',
    consentToContact: false,
    createdAt: '2026-03-02T09:00:00Z',
    status: 'new',
    ...over,
  };
}

export function aPageFeedback(over: Partial<DocumentOf<'pageFeedback'>> = {}): DocumentOf<'pageFeedback'> {
  return { _id: 'pf-1', _type: 'pageFeedback', path: '/local-offer/', useful: true, createdAt: '2026-03-03T08:00:00Z', ...over };
}

/** A small public dataset with a join target, two services, a draft and a guide. */
export function contentFixtures() {
  return [
    anAgePhase(),
    anAgePhase({ _id: 'age-secondary', title: 'Secondary', slug: slug('secondary'), minAge: 11, maxAge: 16, order: 3, summary: 'Ages 11 to 16' }),
    aCategory(),
    aProvider(),
    aProvider({ _id: 'provider-charity', name: 'Parent Charity', slug: slug('parent-charity'), kind: 'voluntary-community' }),
    aService(),
    aService({
      _id: 'service-ot',
      title: 'Occupational therapy',
      slug: slug('occupational-therapy'),
      provider: ref('provider-charity'),
      agePhases: [ref('age-secondary', 'ap1')],
      ageRange: { min: 11, max: 16 },
      cost: { kind: 'paid', details: '£10 a session' },
    }),
    // A draft of the speech service with a changed title: never visible to the site.
    aService({ _id: 'drafts.service-speech', title: 'DRAFT speech therapy' }),
    aGuide(),
  ];
}

/** The private feedback dataset's starting documents. */
export function feedbackFixtures() {
  return [aSurveyResponse({ submissionId: '6a1f0a3e-3c1b-4f39-9a53-0d1f2b6a9c11' }), aCorrectionReport(), aPageFeedback()];
}
