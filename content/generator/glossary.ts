// The jargon buster: SEND terms in plain English, with the abbreviations and spellings people search for.
import { docId, slug, slugify } from './ids.ts';

/** [term, definition, aliases] */
export const TERMS: readonly (readonly [string, string, readonly string[]])[] = [
  ['Special educational needs and disabilities', 'A child or young person has special educational needs if they have a learning difficulty or disability that calls for special educational provision: help that is different from or extra to what most children of the same age get.', ['SEND', 'SEN']],
  ['Education, health and care plan', 'A legal document for a child or young person aged 0 to 25 that describes their needs, the outcomes they are working towards and the education, health and social care support they must get.', ['EHC plan', 'EHCP']],
  ['EHC needs assessment', 'A detailed look by the council, with advice from education, health and social care, at a child or young person’s special educational needs, to decide whether they need an EHC plan.', ['Statutory assessment', 'EHCNA']],
  ['Special educational needs coordinator', 'The teacher or practitioner in a nursery, school or college who coordinates support for children with SEND and works with families.', ['SENCO', 'SENCo']],
  ['SEN support', 'Extra help given in a nursery, school or college to children with SEND who do not have an EHC plan.', ['School support']],
  ['Graduated response', 'The cycle of assess, plan, do and review that schools and settings use to give SEN support, adding more help or specialist advice if progress is not good enough.', ['Assess, plan, do, review']],
  ['Ordinarily available inclusive provision', 'The support every school and setting in Westmoor is expected to offer to any child who needs it, without an EHC plan.', ['OAIP']],
  ['Annual review', 'A meeting, at least once a year, to check progress towards the outcomes in an EHC plan and whether the plan needs to change.', ['EHCP review']],
  ['Local Offer', 'The information the council must publish about services and support for children and young people with SEND, and their families, in and outside the local area.', []],
  ['Special Educational Needs and Disabilities Information, Advice and Support Service', 'A free, confidential and impartial service giving advice about SEND to parents, carers, children and young people. Every local area must have one.', ['SENDIASS', 'IASS']],
  ['Parent carer forum', 'An independent group of parents and carers of disabled children that works with the council and health services to improve services.', ['PCF']],
  ['Portage', 'A home-visiting educational service for pre-school children with SEND and their families.', []],
  ['Child and adolescent mental health services', 'NHS services for children and young people with mental health difficulties.', ['CAMHS', 'CYPMHS']],
  ['Speech and language therapy', 'Help for children who have difficulty with talking, understanding, communicating, eating or drinking.', ['SALT', 'SLT', 'Speech therapy']],
  ['Occupational therapy', 'Help to manage everyday activities such as dressing, eating, writing and play, and advice on equipment and adaptations.', ['OT']],
  ['Physiotherapy', 'Help with movement, posture, strength and mobility.', ['Physio']],
  ['Educational psychologist', 'A psychologist who helps schools and families understand how a child learns and how to support them, and gives advice for EHC needs assessments.', ['EP']],
  ['Preparing for adulthood', 'Planning from Year 9 for adult life: work, independent living, friends and community, and good health.', ['PfA']],
  ['First-tier Tribunal (Special Educational Needs and Disability)', 'An independent court that hears appeals against council decisions about EHC needs assessments and plans, and disability discrimination claims against schools.', ['SEND Tribunal', 'Tribunal']],
  ['Mediation', 'A free, independent meeting to help families and the council resolve disagreements about EHC needs assessments and plans. You must consider it before most tribunal appeals.', ['Mediation certificate']],
  ['Disagreement resolution', 'A free, independent service to help resolve disagreements about SEND support with schools, councils or health services.', []],
  ['Personal budget', 'Money identified to pay for some of the support in an EHC plan, social care plan or health plan, so families have more say in how it is provided.', ['PB']],
  ['Direct payment', 'A personal budget paid to a family or young person so they can arrange support themselves.', ['DP']],
  ['Personal health budget', 'An amount of NHS money to support a person’s identified health needs, planned with their NHS team.', ['PHB']],
  ['Short breaks', 'Time away from caring for families of disabled children, and fun and friendship for the children themselves: clubs, holiday schemes, day care or overnight stays.', ['Respite']],
  ['Designated Clinical Officer', 'The NHS lead who makes sure health services play their part in SEND, including advice for EHC plans.', ['DCO', 'DMO']],
  ['Designated Social Care Officer', 'The social care lead who makes sure social care plays its part in SEND.', ['DSCO']],
  ['Integrated Care Board', 'The NHS organisation that plans and pays for health services in an area. In Westmoor it is NHS Westmoor Integrated Care Board.', ['ICB']],
  ['Autism', 'A lifelong difference in how a person communicates, interacts with others and experiences the world.', ['ASD', 'ASC', 'Autism spectrum condition']],
  ['Attention deficit hyperactivity disorder', 'A condition that affects attention, activity levels and impulsiveness.', ['ADHD', 'ADD']],
  ['Social, emotional and mental health', 'A broad area of need that includes anxiety, low mood, attachment difficulties and behaviour that may be a sign of an unmet need.', ['SEMH']],
  ['Speech, language and communication needs', 'Difficulties with talking, understanding language or using language socially.', ['SLCN']],
  ['Moderate learning difficulty', 'A learning difficulty that means a child finds most learning harder than others of the same age.', ['MLD']],
  ['Severe learning difficulty', 'A significant learning disability affecting most areas of learning and everyday life.', ['SLD']],
  ['Profound and multiple learning difficulties', 'A profound learning disability together with other disabilities, such as physical or sensory impairments, needing a high level of support.', ['PMLD']],
  ['Specific learning difficulty', 'A difficulty with one particular area of learning, such as dyslexia, dyscalculia or dyspraxia.', ['SpLD', 'Dyslexia']],
  ['Multi-sensory impairment', 'A combination of vision and hearing difficulties.', ['MSI', 'Deafblind']],
  ['Alternative provision', 'Education outside a mainstream or special school for pupils who are excluded, at risk of exclusion or unable to attend for health reasons.', ['AP', 'Pupil referral unit', 'PRU']],
  ['Resource base', 'A specialist unit in a mainstream school for pupils with a particular type of need, who spend some time in mainstream classes.', ['Additionally resourced provision', 'ARP', 'SEN unit']],
  ['Special school', 'A school for pupils with EHC plans whose needs are best met in specialist provision.', []],
  ['Supported internship', 'A study programme for young people aged 16 to 24 with an EHC plan, based mostly at an employer, with a job coach, to help them get a paid job.', ['SI']],
  ['Suspension', 'When a pupil is sent home from school for a fixed number of days. It used to be called a fixed-term exclusion.', ['Fixed-term exclusion']],
  ['Permanent exclusion', 'When a pupil is removed from a school’s roll and can no longer attend it.', ['Expulsion']],
  ['Education other than at school', 'Education arranged by the council somewhere other than a school, named in an EHC plan when school would be inappropriate.', ['EOTAS']],
  ['Elective home education', 'When parents choose to educate their child at home instead of at school.', ['EHE', 'Home schooling']],
  ['Healthy Child Programme', 'The national NHS programme of health and development reviews for all children, including the review at 2 to 2½ years.', ['HCP', '2 year check']],
  ['Early help', 'Support for children and families as soon as problems start, to stop them getting worse.', []],
  ['Family hub', 'A local centre where families can get help with parenting, health, early years, SEND and more.', ['Children’s centre']],
  ['Dynamic support register', 'A list kept by the NHS of autistic people and people with a learning disability who are at risk of going into hospital, so they get the right support.', ['DSR']],
  ['Care, education and treatment review', 'A meeting about an autistic child or young person, or one with a learning disability, who may be at risk of going into hospital, to make sure they get the right care.', ['CETR', 'C(E)TR']],
  ['Improvement Notice', 'A formal notice from the Department for Education requiring a council and its partners to improve SEND services, with an improvement board to check progress.', []],
  ['Co-production', 'Children, young people, families and services working together as equal partners to plan, design and review support.', ['Coproduction']],
  ['Reasonable adjustments', 'Changes that organisations must make under the Equality Act 2010 so disabled people are not put at a disadvantage.', []],
  ['Transition', 'A move from one stage to another, such as starting school, moving to secondary school or moving to adult services.', []],
  ['Care Act assessment', 'An assessment by adult social care of a person’s care and support needs from age 18, which can start before 18 to plan the move.', ['Needs assessment (adults)']],
];

export function glossaryDocuments() {
  return TERMS.map(([term, definition, aliases]) => {
    // Where the full term is long, its usual abbreviation makes the friendlier slug ("sendiass", "send-tribunal").
    const s = slugify(term.length > 40 && aliases[0] ? aliases[0] : term);
    return {
      _id: docId('glossaryTerm', s),
      _type: 'glossaryTerm' as const,
      term,
      slug: slug(s),
      definition,
      aliases: [...aliases],
    };
  });
}
