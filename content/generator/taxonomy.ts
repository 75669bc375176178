// The Local Offer's three ways in: the four age phases, categories of support, and needs.
import { docId, slug } from './ids.ts';

export const AGE_PHASES = [
  {
    slug: 'early-years',
    title: 'Early years',
    minAge: 0,
    maxAge: 5,
    summary:
      'Support for babies and young children from birth to 5, at home, at nursery or pre-school and with a childminder, and help for their families.',
  },
  {
    slug: 'primary',
    title: 'Primary',
    minAge: 5,
    maxAge: 11,
    summary:
      'Support for children aged 5 to 11 at primary school, at home and in the community, including health services, short breaks and things to do.',
  },
  {
    slug: 'secondary',
    title: 'Secondary',
    minAge: 11,
    maxAge: 18,
    summary:
      'Support for young people aged 11 to 18 at secondary school, special school or alternative provision, and moving on to college or training.',
  },
  {
    slug: 'preparing-for-adulthood',
    title: 'Preparing for adulthood',
    minAge: 16,
    maxAge: 25,
    summary:
      'Support for young people aged 16 to 25 getting ready for adult life: further education, work and training, health, housing, independent living and friendships.',
  },
] as const;
export type PhaseSlug = (typeof AGE_PHASES)[number]['slug'];

export const CATEGORIES = [
  ['education-and-schools', 'Education and schools', 'Nurseries, schools, colleges and the help they give, including SEN support and education, health and care (EHC) plans.'],
  ['health-and-therapy', 'Health and therapy', 'NHS services such as speech and language therapy, occupational therapy, physiotherapy, community nursing and paediatrics.'],
  ['social-care-and-short-breaks', 'Social care and short breaks', 'Help from social care, short breaks for disabled children and young people, and support for parents and carers.'],
  ['play-and-leisure', 'Play and leisure', 'Clubs, activities, sport and holiday schemes where children and young people with SEND are welcome and supported.'],
  ['information-advice-and-support', 'Information, advice and support', 'Free, impartial advice, support groups, the parent carer forum and help to understand the SEND system.'],
  ['childcare-and-early-years', 'Childcare and early years', 'Funded early education, nurseries, childminders and early years support for young children and their families.'],
  ['travel-and-transport', 'Travel and transport', 'Help getting to school or college, travel training and accessible transport.'],
  ['work-and-training', 'Preparing for adulthood: work and training', 'Supported internships, apprenticeships, traineeships, college courses and help to find and keep a job.'],
  ['housing-and-independent-living', 'Housing and independent living', 'Learning to live more independently, housing options and support at home for young adults.'],
  ['emotional-wellbeing', 'Emotional wellbeing and mental health', 'Support for feelings, worries and mental health, from school-based help to CAMHS.'],
] as const;
export type CategorySlug = (typeof CATEGORIES)[number][0];

export const NEEDS = [
  ['autism', 'Autism', 'Autistic children and young people, and those waiting for an autism assessment.'],
  ['adhd', 'ADHD', 'Attention deficit hyperactivity disorder (ADHD), diagnosed or suspected.'],
  ['speech-language-and-communication', 'Speech, language and communication', 'Difficulties with talking, understanding what others say, or using language socially.'],
  ['learning-disability', 'Learning disability', 'Moderate, severe or profound and multiple learning disabilities.'],
  ['physical-disability', 'Physical disability', 'Physical disabilities and conditions that affect movement, mobility or coordination.'],
  ['hearing-impairment', 'Hearing impairment', 'Deaf children and young people and those with a hearing loss.'],
  ['vision-impairment', 'Vision impairment', 'Blind and partially sighted children and young people.'],
  ['social-emotional-and-mental-health', 'Social, emotional and mental health', 'Anxiety, low mood, trauma and other social, emotional and mental health needs.'],
  ['specific-learning-difficulty', 'Specific learning difficulty', 'Dyslexia, dyscalculia, dyspraxia (developmental coordination disorder) and similar difficulties.'],
  ['complex-medical-needs', 'Complex medical needs', 'Long-term health conditions and complex medical needs, including epilepsy and tube feeding.'],
] as const;
export type NeedSlug = (typeof NEEDS)[number][0];

export const phaseId = (s: PhaseSlug) => docId('agePhase', s);
export const categoryId = (s: CategorySlug) => docId('category', s);
export const needId = (s: NeedSlug) => docId('need', s);

/** Age phases a service belongs to: those its age range overlaps by more than a birthday. */
export function phasesForAges(min: number, max: number): PhaseSlug[] {
  return AGE_PHASES.filter((p) => min < p.maxAge && max > p.minAge).map((p) => p.slug);
}

export function taxonomyDocuments() {
  return [
    ...AGE_PHASES.map((p, i) => ({
      _id: phaseId(p.slug),
      _type: 'agePhase' as const,
      title: p.title,
      slug: slug(p.slug),
      minAge: p.minAge,
      maxAge: p.maxAge,
      order: i + 1,
      summary: p.summary,
    })),
    ...CATEGORIES.map(([s, title, description], i) => ({
      _id: categoryId(s),
      _type: 'category' as const,
      title,
      slug: slug(s),
      description,
      order: i + 1,
    })),
    ...NEEDS.map(([s, title, description]) => ({
      _id: needId(s),
      _type: 'need' as const,
      title,
      slug: slug(s),
      description,
    })),
  ];
}
