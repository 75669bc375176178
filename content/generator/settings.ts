// The siteSettings singleton: area name, contact routes, the offline copy (reg 57) and the legal notices.
import { portableText } from './portable-text.ts';

export function siteSettingsDocument() {
  return {
    _id: 'siteSettings',
    _type: 'siteSettings' as const,
    areaName: 'Westmoor',
    siteTitle: 'Westmoor SEND Local Offer',
    tagline: 'Support for children and young people aged 0 to 25 with special educational needs and disabilities, and their families',
    isSampleContent: true,
    brandColour: '#14588f',
    contact: {
      phone: '01632 960100',
      email: 'localoffer@westmoor.example',
      address: 'SEND Service, Westmoor City Council, Civic Centre, Moor Street, Westmoor WM1 1AA',
      openingHours: 'Monday to Thursday 9am to 5pm, Friday 9am to 4:30pm',
    },
    offlineCopy:
      'You can get any information on this website without using the internet. Call 01632 960100 and we will read it to you or post you a printed copy, free of charge. We can also send it in large print, easy read, braille or another language. Or write to the SEND Service, Westmoor City Council, Civic Centre, Moor Street, Westmoor WM1 1AA. Every library and family hub can print pages for you and help you search.',
    commsEmail: 'send.comms@westmoor.example',
    accessibilityStatement: portableText([
      { h2: 'Accessibility statement for the Westmoor SEND Local Offer' },
      'Westmoor City Council runs this website. We want as many people as possible to be able to use it. You should be able to change colours and fonts, zoom in up to 400% without the text spilling off the screen, navigate the whole site using just a keyboard or speech recognition software, and listen to most of it using a screen reader.',
      { h2: 'How accessible this website is' },
      'This website is designed to meet the Web Content Accessibility Guidelines version 2.2 AA standard. We test every page with automated tools and with disabled people, including young people who use the easy read surveys.',
      { h2: 'What to do if you cannot access parts of this website' },
      'If you need information in a different format, such as accessible PDF, large print, easy read, audio or braille, email localoffer@westmoor.example or call 01632 960100. We will reply within 5 working days.',
      { h2: 'Enforcement procedure' },
      'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the [Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com/).',
      'This statement was prepared on 2 November 2026. This website is sample content for a fictional local area.',
    ]),
    privacyNotice: portableText([
      { h2: 'Who we are' },
      'Westmoor City Council is the data controller for this website. Our data protection officer can be contacted at dpo@westmoor.example.',
      { h2: 'What we collect and why' },
      { bullets: [
        'Survey answers, without your name, to improve SEND services and check the SEND Improvement Plan (public task, Children and Families Act 2014).',
        'Reports that information is wrong, and your email address only if you ask us to reply.',
        'Whether a page was useful, without any details about you.',
      ] },
      'We do not store IP addresses, and we do not use advertising or tracking cookies.',
      { h2: 'Personal details in free text' },
      'Please do not write names or contact details in survey answers. If you do, they are removed automatically before anyone reads your answer. We only publish quotes that the comms team has checked, and figures only for groups of 10 or more people.',
      { h2: 'Your rights' },
      'You can ask to see, correct or delete information about you. To delete survey answers, use the receipt code you were given. You can complain to the [Information Commissioner’s Office](https://ico.org.uk/make-a-complaint/).',
    ]),
    retentionDays: 365,
    answerRetentionYears: 2,
  };
}
