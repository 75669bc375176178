// What families and young people write in free-text answers, by theme. Already free of personal details, as the
// scrubber would leave them: no names, schools, emails, phone numbers, postcodes or dates of birth.
import type { ThemeSlug } from './themes.ts';

type Bank = Record<ThemeSlug, readonly string[]>;

/** "What is working well?" */
export const PARENT_WORKING_WELL: Bank = {
  'waiting-times': [
    'The waiting well calls helped. Someone rang every few months to check how we were coping.',
    'Speech therapy came into school much quicker than we expected and the therapist showed the teaching assistant what to do.',
    'The autism parent course while we waited for assessment was brilliant and I met other parents.',
  ],
  'finding-information': [
    'SENDIASS explained everything in plain English and came to the meeting with me.',
    'The new Local Offer pages are much easier to use on my phone.',
    'The drop-in at the family hub meant I could ask health and education questions in one place.',
  ],
  'things-to-do': [
    'The holiday play scheme has been a lifeline. My son has made a friend for the first time.',
    'Autism-friendly swimming is the only time we can go swimming as a family.',
    'The Saturday club staff really understand my daughter and she runs in every week.',
  ],
  'ehc-communication': [
    'Our caseworker rang every month with an update, which made a big difference.',
    'The draft plan actually sounded like my child. We were asked what mattered to us.',
    'The annual review was well organised and everyone had read the reports beforehand.',
  ],
  'support-in-school': [
    'The SENCO is fantastic and always makes time to talk.',
    'School put in a quiet space and a visual timetable and attendance has really improved.',
    'The new guide to what schools should offer helped me ask for the right support.',
  ],
  'short-breaks': [
    'Short breaks give us a chance to spend time with our other children.',
    'The short breaks card was easy to apply for and we did not need an assessment.',
    'After our reassessment the support went up quickly when things got harder at home.',
  ],
  'preparing-for-adulthood': [
    'The supported internship has changed my son’s life. He now has a paid job at the hospital.',
    'Travel training means my daughter gets the bus to college on her own.',
    'The preparing for adulthood event helped us see what options there are after school.',
  ],
  'being-involved': [
    'I feel listened to at the parent carer forum and it is good to see things change because of it.',
    'It was good to be asked to help write the survey questions.',
    'The council now tells us what they did with our feedback.',
  ],
  'staff-understanding': [
    'The teachers have had autism training and it shows.',
    'The social worker understood our son and did not judge us.',
    'The GP practice gave us a longer appointment and a quiet time without us asking.',
  ],
};

/** "What one thing would make the biggest difference?" */
export const PARENT_CHANGE: Bank = {
  'waiting-times': [
    'We have waited nearly two years for an autism assessment. Some help while waiting would make a huge difference.',
    'Occupational therapy waiting lists are far too long. School cannot do anything until we are seen.',
    'Being told how long the wait will be, honestly, would help us plan.',
    'Mental health support for children who are not in crisis but are struggling every day.',
  ],
  'finding-information': [
    'One place to find everything. I spent hours on different websites.',
    'Information in other languages and easy read for parents who struggle with reading.',
    'A phone number where a real person answers and knows about SEND.',
    'Clearer information about what we are entitled to without an EHC plan.',
  ],
  'things-to-do': [
    'More clubs for teenagers with SEND, especially in the evenings and at weekends.',
    'Holiday schemes that can manage personal care. Most say they cannot take my son.',
    'Activities in our area. Everything seems to be in the city centre and we do not drive.',
    'Places for older teenagers to meet friends, not just activities for younger children.',
  ],
  'ehc-communication': [
    'Answering emails. We heard nothing for months during the assessment.',
    'Knowing who our caseworker is. It changed three times in a year.',
    'Getting the final plan on time. We missed the deadline for the school transition.',
    'Health and social care actually coming to annual reviews.',
  ],
  'support-in-school': [
    'Teachers who make the adjustments in the plan every day, not just some days.',
    'Less use of reduced timetables. My child has been on one for months.',
    'Support before things go wrong, not after a suspension.',
    'Schools being more willing to take children with SEND in the first place.',
  ],
  'short-breaks': [
    'More overnight short breaks. We are exhausted.',
    'Direct payments are hard to use because there are not enough personal assistants.',
    'A clear list of what short breaks are available and how to get them.',
    'Support for brothers and sisters, who miss out a lot.',
  ],
  'preparing-for-adulthood': [
    'Starting to plan for adult life much earlier, not in the last year of school.',
    'Clearer information about what happens at 18 with health and social care.',
    'More college courses that lead to real jobs.',
    'Supported living options near family.',
  ],
  'being-involved': [
    'Actually acting on what parents say, and telling us what changed.',
    'Meetings at times working parents can go to, or online.',
    'Involving children in decisions about their own plans.',
  ],
  'staff-understanding': [
    'Training for all school staff, including lunchtime staff, on autism and ADHD.',
    'Doctors and nurses who understand that my child cannot wait in a busy waiting room.',
    'Staff who understand that behaviour is communication.',
  ],
};

/** Young people: "What one thing would make things better for you?" Short, plain sentences. */
export const YOUNG_PERSON_CHANGE: Bank = {
  'waiting-times': ['Not waiting so long to see someone about my feelings.', 'I want to know when my appointment is.', 'Seeing the same person every time.'],
  'finding-information': ['Websites with easy words.', 'Videos that explain things.', 'Telling me what is happening, not just my mum.'],
  'things-to-do': ['More clubs near my house.', 'A youth club on Saturdays.', 'Somewhere quiet to hang out with friends.', 'More sport that I can join in.'],
  'ehc-communication': ['Asking me what I think before the meeting.', 'Meetings that are not so long.', 'Using words I understand.'],
  'support-in-school': ['A quiet room at lunch.', 'Teachers giving me more time.', 'Less noise in the corridors.', 'Being allowed my fidget toy.', 'Help with homework.'],
  'short-breaks': ['More trips in the holidays.', 'Going to the club with my friends.', 'My sister having a break too.'],
  'preparing-for-adulthood': ['Help to get a job.', 'Learning to cook and use money.', 'Knowing what college is like before I go.', 'Learning to get the bus on my own.'],
  'being-involved': ['Adults listening to me.', 'Asking young people more often.', 'Being paid when we help the council.'],
  'staff-understanding': ['Teachers understanding autism.', 'Doctors talking to me, not about me.', 'People being kind when I am stressed.'],
};

/** "Is there a service you looked for on the Local Offer but could not find?" */
export const MISSING_SERVICES: readonly string[] = [
  'Trampolining for autistic children',
  'A sleep clinic or sleep advice',
  'Dyslexia assessments',
  'After-school clubs for secondary age',
  'Childminders with SEND experience',
  'Private speech therapists',
  'Driving lessons for disabled young people',
  'Support for parents with mental health needs',
  'Holiday clubs that do personal care',
  'Horse riding for disabled children',
  'Drama club for teenagers with SEND',
  'ADHD support for girls',
];

/** Young people, when there are not enough things to do: "What would you like to do?" */
export const WOULD_LIKE_TO_DO: readonly string[] = [
  'Climbing', 'A gaming club', 'Swimming with my friends', 'Drama', 'Dance', 'A cooking club', 'Football',
  'Going to the cinema', 'Art club', 'Fishing', 'A quiet youth club', 'Horse riding', 'Music lessons', 'Bowling',
];

/** Comments the comms team would reject: individual complaints and off-topic remarks (reg 56 excepts them). */
export const REJECTED_COMMENTS: readonly string[] = [
  'I want to make a formal complaint about how our case was handled.',
  'The caseworker was rude to me on the phone last week and I want someone to call me back.',
  'Nothing to say.',
  'This survey is pointless.',
  'Please sort out the potholes on our road.',
  'asdf',
];
