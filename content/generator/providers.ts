// The organisations that run Westmoor's services: council teams, the NHS, schools and settings, charities, businesses.
import type { PROVIDER_KINDS } from '../../src/model/provider.ts';
import type { Locality } from './geography.ts';
import { docId, slug } from './ids.ts';

type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** What kind of school or setting it is, which decides its schedule 2 answers and its age range. */
export type SettingType = 'early-years' | 'primary' | 'secondary' | 'special' | 'post-16' | 'alternative';

export interface ProviderSpec {
  slug: string;
  name: string;
  kind: ProviderKind;
  description: string;
  /** Ofcom's range for drama (01632 960000–960999) or freephone (0808 157 0000–0999), so no real line rings. */
  phone: string;
  /** `.example` is reserved (RFC 2606): sample addresses never reach a real inbox. */
  email: string;
  website: string;
  /** Schools and settings: where they are, what type, and their age range. */
  setting?: { type: SettingType; locality: Locality; ages: [number, number] };
}

const site = (path: string) => `https://www.westmoor.example/${path}`;

function council(s: string, name: string, description: string, phone: string, email: string): ProviderSpec {
  return { slug: s, name, kind: 'local-authority', description, phone, email: `${email}@westmoor.example`, website: site(s) };
}

const SETTING_DESCRIPTIONS: Record<SettingType, string> = {
  'early-years': 'An early years setting offering funded early education and childcare, with a special educational needs coordinator (SENCO).',
  primary: 'A mainstream primary school with a special educational needs coordinator (SENCO) and support for pupils at SEN support and with EHC plans.',
  secondary: 'A mainstream secondary school with a SEND team led by the SENCO, and support for students at SEN support and with EHC plans.',
  special: 'A special school for pupils with education, health and care (EHC) plans whose needs are best met in specialist provision.',
  'post-16': 'Education and training for young people aged 16 to 25, with a learning support team for students with SEND.',
  alternative: 'Alternative provision for pupils who are at risk of exclusion or cannot attend school for health or other reasons.',
};

export const PROVIDERS: readonly ProviderSpec[] = [
  council('westmoor-send-service', 'Westmoor City Council SEND Service', 'The council team that carries out education, health and care (EHC) needs assessments, writes and reviews EHC plans and arranges specialist school places.', '01632 960100', 'send'),
  council('westmoor-educational-psychology-service', 'Westmoor Educational Psychology Service', 'Educational psychologists who work with children, families and schools to understand and meet special educational needs.', '01632 960110', 'eps'),
  council('westmoor-children-with-disabilities-team', 'Westmoor Children with Disabilities Team', "The council's social work team for disabled children and their families, including short breaks and assessments of need.", '01632 960120', 'cwd'),
  council('westmoor-sensory-support-service', 'Westmoor Sensory Support Service', 'Qualified teachers of deaf children and of children with vision impairment, and habilitation specialists.', '01632 960130', 'sensory.support'),
  council('westmoor-early-years-inclusion-team', 'Westmoor Early Years Inclusion Team', 'Portage home visitors, area SENCOs and inclusion advisers for babies and young children with SEND.', '01632 960140', 'early.years'),
  council('westmoor-travel-assistance-team', 'Westmoor Travel Assistance Team', 'Decides on and arranges travel assistance to school and college, and runs independent travel training.', '01632 960150', 'travel'),
  council('westmoor-preparing-for-adulthood-team', 'Westmoor Preparing for Adulthood Team', 'Helps young people aged 14 to 25 with SEND plan for work, independent living, friendships and good health.', '01632 960160', 'pfa'),
  council('westmoor-family-hubs', 'Westmoor Family Hubs', 'Family hubs in every part of the city: a place to get help with parenting, health, early years and SEND.', '01632 960170', 'familyhubs'),
  council('westmoor-inclusion-service', 'Westmoor Inclusion and Attendance Service', 'Advisory teachers for autism, communication, literacy and inclusion, and advice on attendance and exclusions.', '01632 960180', 'inclusion'),
  council('westmoor-adult-social-care', 'Westmoor Adult Social Care', 'Care Act assessments, supported living and support for young adults with care and support needs.', '01632 960190', 'adults'),
  council('westmoor-libraries', 'Westmoor Libraries', 'Public libraries with sensory story times, accessible books and quiet spaces.', '01632 960200', 'libraries'),
  {
    slug: 'westmoor-sendiass', name: 'Westmoor SENDIASS', kind: 'local-authority',
    description: 'The Special Educational Needs and Disabilities Information, Advice and Support Service: free, confidential and impartial, run at arm\'s length from the council.',
    phone: '0808 157 0101', email: 'sendiass@westmoor.example', website: site('sendiass'),
  },
  { slug: 'westmoor-community-health', name: 'Westmoor Community Health NHS Trust', kind: 'nhs', description: "NHS children's community services: speech and language therapy, occupational therapy, physiotherapy, health visiting, school nursing and community nursing.", phone: '01632 960300', email: 'children.community@westmoorhealth.example', website: 'https://www.westmoorhealth.example/children' },
  { slug: 'westmoor-university-hospitals', name: 'Westmoor University Hospitals NHS Trust', kind: 'nhs', description: "The city's hospital trust, including the Child Development Centre, community paediatrics and children's audiology.", phone: '01632 960320', email: 'cdc@westmoorhospitals.example', website: 'https://www.westmoorhospitals.example' },
  { slug: 'westmoor-mental-health-trust', name: 'Westmoor Mental Health NHS Foundation Trust', kind: 'nhs', description: 'Child and adolescent mental health services (CAMHS), mental health support teams in schools and the keyworker service.', phone: '01632 960340', email: 'camhs@westmoormh.example', website: 'https://www.westmoormh.example/camhs' },
  { slug: 'nhs-westmoor-icb', name: 'NHS Westmoor Integrated Care Board', kind: 'nhs', description: 'Plans and pays for NHS services in Westmoor, including personal health budgets and continuing care for children.', phone: '01632 960360', email: 'send@westmooricb.example', website: 'https://www.westmooricb.example' },
  { slug: 'westmoor-parent-carer-forum', name: 'Westmoor Parent Carer Forum', kind: 'voluntary-community', description: 'An independent group of parents and carers of children with SEND who work with the council and NHS to improve services.', phone: '01632 960400', email: 'hello@westmoorpcf.example', website: 'https://www.westmoorpcf.example' },
  { slug: 'westmoor-autism-hub', name: 'Westmoor Autism Hub', kind: 'voluntary-community', description: 'A local charity run by and for autistic people and their families: drop-ins, courses and social groups.', phone: '01632 960410', email: 'info@westmoorautismhub.example', website: 'https://www.westmoorautismhub.example' },
  { slug: 'westmoor-youth-action', name: 'Westmoor Youth Action', kind: 'voluntary-community', description: 'A youth charity running inclusive youth clubs, holiday play schemes and the Westmoor Voices youth forum.', phone: '01632 960420', email: 'info@westmooryouthaction.example', website: 'https://www.westmooryouthaction.example' },
  { slug: 'moorside-leisure-trust', name: 'Moorside Leisure Trust', kind: 'voluntary-community', description: 'A charitable trust running the city\'s leisure centres and pools, with autism-friendly and inclusive sessions.', phone: '01632 960430', email: 'bookings@moorsideleisure.example', website: 'https://www.moorsideleisure.example' },
  { slug: 'westmoor-learning-disability-network', name: 'Westmoor Learning Disability Network', kind: 'voluntary-community', description: 'A charity supporting young people and adults with a learning disability: independent living skills, employment and social groups.', phone: '01632 960440', email: 'info@westmoorldn.example', website: 'https://www.westmoorldn.example' },
  { slug: 'westmoor-family-support-network', name: 'Westmoor Family Support Network', kind: 'voluntary-community', description: 'Peer support, benefits advice and sibling groups for families of disabled children.', phone: '01632 960450', email: 'support@westmoorfsn.example', website: 'https://www.westmoorfsn.example' },
  { slug: 'sparkle-sensory-play', name: 'Sparkle Sensory Play CIC', kind: 'private', description: 'A community interest company running sensory play and messy play sessions for young children.', phone: '01632 960500', email: 'play@sparklesensory.example', website: 'https://www.sparklesensory.example' },
  { slug: 'bright-steps-therapy', name: 'Bright Steps Therapy Ltd', kind: 'private', description: 'Independent speech and language therapists and occupational therapists offering private assessments and therapy.', phone: '01632 960510', email: 'clinic@brightsteps.example', website: 'https://www.brightsteps.example' },
  { slug: 'harbour-lights-cinema', name: 'Harbour Lights Cinema', kind: 'private', description: 'An independent cinema with monthly relaxed, autism-friendly screenings.', phone: '01632 960520', email: 'boxoffice@harbourlights.example', website: 'https://www.harbourlights.example' },
  // Schools and settings: each publishes its SEN information (schedule 2 para 5) through its service.
  setting('little-acorns-day-nursery', 'Little Acorns Day Nursery', 'early-years-setting', 'early-years', 'North', [0, 5], '01632 960600'),
  setting('moorside-community-pre-school', 'Moorside Community Pre-school', 'early-years-setting', 'early-years', 'Moorside', [2, 5], '01632 960610'),
  setting('rainbow-childcare-eastgate', 'Rainbow Childcare Eastgate', 'early-years-setting', 'early-years', 'East', [0, 5], '01632 960620'),
  setting('hillcrest-primary-school', 'Hillcrest Primary School', 'maintained-school', 'primary', 'North', [4, 11], '01632 960630'),
  setting('st-aidans-church-of-england-primary-school', "St Aidan's Church of England Primary School", 'maintained-school', 'primary', 'West', [4, 11], '01632 960640'),
  setting('southcliff-community-primary-school', 'Southcliff Community Primary School', 'maintained-school', 'primary', 'South', [4, 11], '01632 960650'),
  setting('eastgate-primary-academy', 'Eastgate Primary Academy', 'academy', 'primary', 'East', [4, 11], '01632 960660'),
  setting('westmoor-academy', 'Westmoor Academy', 'academy', 'secondary', 'City Centre', [11, 18], '01632 960670'),
  setting('riverside-academy', 'Riverside Academy', 'academy', 'secondary', 'East', [11, 16], '01632 960680'),
  setting('moorside-academy', 'Moorside Academy', 'academy', 'secondary', 'Moorside', [11, 18], '01632 960690'),
  setting('brookfield-school', 'Brookfield School', 'special-school', 'special', 'North', [2, 19], '01632 960700'),
  setting('oakwood-park-school', 'Oakwood Park School', 'special-school', 'special', 'West', [11, 16], '01632 960710'),
  setting('tamarind-house-school', 'Tamarind House School', 'non-maintained-special-school', 'special', 'South', [3, 19], '01632 960720'),
  setting('westmoor-college', 'Westmoor College', 'post-16-institution', 'post-16', 'City Centre', [16, 25], '01632 960730'),
  setting('harbourside-specialist-college', 'Harbourside Specialist College', 'independent-specialist-provider', 'post-16', 'West', [16, 25], '01632 960740'),
  setting('the-bridge-learning-centre', 'The Bridge Learning Centre', 'alternative-provision', 'alternative', 'City Centre', [11, 16], '01632 960750'),
];


export function setting(
  s: string,
  name: string,
  kind: ProviderKind,
  type: SettingType,
  locality: Locality,
  ages: [number, number],
  phone: string,
): ProviderSpec {
  return {
    slug: s,
    name,
    kind,
    description: SETTING_DESCRIPTIONS[type],
    phone,
    email: `senco@${s.replace(/-/g, '')}.example`,
    website: `https://www.${s.replace(/-/g, '')}.example`,
    setting: { type, locality, ages },
  };
}

export const providerId = (s: string) => docId('provider', s);

export function providerDocument(p: ProviderSpec) {
  return {
    _id: providerId(p.slug),
    _type: 'provider' as const,
    name: p.name,
    slug: slug(p.slug),
    kind: p.kind,
    description: p.description,
    website: p.website,
    email: p.email,
    phone: p.phone,
  };
}
