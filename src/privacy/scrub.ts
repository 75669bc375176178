// Removes personal data from free text before it is stored: names, emails, phone numbers, postcodes, addresses, dates of birth.
// Rules, not a model: they catch what people commonly write ("my son Jake", "Mrs Patel", "07700 900123") and leave
// service names and ordinary words alone. What slips through is caught by moderation, which every quote goes through.

export type RedactionKind = 'name' | 'email' | 'phone' | 'postcode' | 'address' | 'date of birth';

export interface ScrubResult {
  text: string;
  /** One entry per redaction made, by kind; never the text that was removed. */
  redactions: RedactionKind[];
}

const TOKEN: Record<RedactionKind, string> = {
  name: '[name]',
  email: '[email]',
  phone: '[phone]',
  postcode: '[postcode]',
  address: '[address]',
  'date of birth': '[date of birth]',
};

/** A regex source matching the words in any letter case, for patterns that are otherwise case-sensitive. */
function anyCase(...phrases: string[]): string {
  return phrases
    .map((p) => p.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/ /g, '\\s+'))
    .join('|');
}

// ---- emails -------------------------------------------------------------------------------------------------------

const EMAIL = /(?<![A-Z0-9._%+'-])[A-Z0-9._%+'-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
/** "jo (at) example (dot) com", "jo.smith at gmail dot com". */
const SPELLED_EMAIL =
  /(?<![A-Z0-9._%+-])[A-Z0-9._%+-]+(?:\s+dot\s+[A-Z0-9._%+-]+)*\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+(?=(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|btinternet|aol|sky|virginmedia|protonmail)\b))\s*[A-Z0-9-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*[A-Z0-9-]+)+/gi;

// ---- phone numbers ------------------------------------------------------------------------------------------------

/**
 * UK numbers: 0 then 9 or 10 digits (07700 900123, 01632 960 123, (01632) 960123, 020 7946 0018), or +44 / 0044 with
 * an optional (0). Single spaces, dots, dashes or a closing bracket may sit between digits.
 */
const PHONE = /(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s.)-]{0,2}\d){8,9}(?![\w])/g;

// ---- dates of birth -----------------------------------------------------------------------------------------------

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const NUMERIC_DATE = '(?:[12]\\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])[/.-](?:\\d{4}|\\d{2})';
const WORDED_DATE = `(?:${DAY}\\s+(?:of\\s+)?(?:${MONTH})\\.?(?:,?\\s+\\d{4})?|(?:${MONTH})\\.?\\s+${DAY}(?:,?\\s+\\d{4})?|(?:${MONTH})\\.?\\s+\\d{4})`;
const A_DATE = `(?:${NUMERIC_DATE}|${WORDED_DATE})`;
/** "DOB 12 March 2015", "date of birth: 12/03/2015": the label goes with the date. */
const DOB_LABELLED = new RegExp(`\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth)\\s*(?:is|was|:|-)?\\s*(?:the\\s+)?${A_DATE}\\b`, 'gi');
/** "born 12/03/2015", "born on the 3rd of May 2015", "birthday is 3 May": the context word stays. */
const DOB_IN_CONTEXT = new RegExp(`\\b((?:born|birthday(?:\\s+is)?)\\s+(?:on\\s+|in\\s+)?(?:the\\s+)?)${A_DATE}\\b`, 'gi');
/** "12/03/2015 (DOB)". */
const DOB_TRAILING = new RegExp(`\\b${A_DATE}\\s*\\((?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth)\\)`, 'gi');

// ---- postcodes ----------------------------------------------------------------------------------------------------

/** Full UK postcodes (WM4 2AB, PL1 3BJ, SW1A 1AA), with or without the space, in any case. */
const POSTCODE = /\b([A-PR-UWYZ](?:[A-HK-Y]\d[A-Z\d]?|\d[A-Z\d]?))\s?(\d[ABD-HJLNP-UW-Z]{2})\b/gi;
/** "Y6 2nd", "KS2 3rd" look like postcodes in lower case; a real one written in lower case is rarely an ordinal. */
const ORDINAL_INWARD = /^\d(?:st|nd|rd|th)$/;

// ---- street addresses ---------------------------------------------------------------------------------------------

const STREET = anyCase(
  'road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'close', 'drive', 'way', 'crescent', 'grove', 'place', 'court',
  'gardens', 'terrace', 'walk', 'row', 'hill', 'mews', 'square', 'park', 'view', 'rise', 'parade', 'vale', 'green',
  'croft', 'chase', 'meadows', 'boulevard', 'wharf', 'yard', 'fold', 'approach',
);
const FLAT = `(?:(?:${anyCase('flat', 'apartment', 'apt', 'unit')})\\s*\\d+[A-Za-z]?,?\\s+)?`;
/** "14 Acacia Avenue", "Flat 2, 7a Mill Lane": a number, up to three capitalised words and a street word. */
const ADDRESS = new RegExp(`\\b${FLAT}\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Z][A-Za-z'’-]+\\s+){1,3}(?:${STREET})\\b\\.?`, 'g');
/** "we live at 14 acacia avenue": after words that announce an address, any case will do. */
const ADDRESS_IN_CONTEXT = new RegExp(
  `\\b((?:${anyCase('live at', 'lives at', 'living at', 'live on', 'lives on', 'moved to', 'address is', 'address:', 'address')})\\s+)${FLAT}\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Za-z'’-]+\\s+){1,3}(?:${STREET})\\b\\.?`,
  'g',
);

// ---- names --------------------------------------------------------------------------------------------------------

/** Capitalised words that are not people's names, in lower case: function words, calendar words, SEND words. */
const NOT_NAMES = new Set(
  `i he she they we it you his her hers their our my your its the a an and but so or if when then this that these those
  there here what who whom whose which why how yes no not now also just still even please thanks thank sorry hi hello
  dear because since after before until while at in on with for from to of by as is was were are be been has had have
  does did do can could would should will shall may might must every each all some any none nothing everyone someone
  nobody only very really much many more most less last next first second third both other another again never always
  sometimes often ok okay well good great bad lovely amazing brilliant fantastic happy sad worried overall honestly
  sadly unfortunately luckily fortunately recently currently yesterday today tomorrow however although though basically
  personally generally usually obviously hopefully thankfully eventually finally initially previously lately anyway
  instead meanwhile otherwise apparently clearly definitely especially best wishes regards kind
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december christmas easter summer autumn winter spring halloween eid diwali ramadan hanukkah
  westmoor council county city town borough school schools primary secondary infant junior academy college nursery
  university hospital clinic centre center hub service services team club group forum trust board panel unit plan offer
  local family families parent parents carer carers health education social care speech language therapy therapies
  therapist occupational physiotherapy physio autism autistic adhd send sen senco sendiass camhs ehcp ehc nhs gp ot salt
  ta portage children childrens young people youth mental wellbeing early years year reception key stage maths english
  science art music sport swimming pool library road street google facebook whatsapp teams zoom covid tribunal mediation
  annual review assessment pathway support short breaks authority government england britain british welsh scottish
  irish mum mummy mom dad daddy nan nana nanna gran granny grandma grandad grandpa auntie aunt uncle sir madam miss mr
  mrs ms mx dr prof professor god jesus allah lord son daughter child boy girl baby brother sister friend teacher doctor
  nurse worker officer manager caseworker paediatrician consultant teaching assistant head headteacher class form
  dyslexia dyspraxia down downs syndrome cerebral palsy epilepsy deaf blind makaton bsl braille pecs lego minecraft
  roblox fortnite youtube tiktok instagram snapchat netflix playstation xbox nintendo`.split(/\s+/),
);

/** Lower-case words that cannot be a name even after "my name is". */
const NOT_NAMES_LOWER = new Set(
  'not a an the on in at of is was and but or so just very really called named nothing none private secret'.split(' '),
);

const RELATION = anyCase(
  'son', 'sons', 'daughter', 'daughters', 'child', 'children', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'baby',
  'toddler', 'grandson', 'granddaughter', 'grandchild', 'nephew', 'niece', 'brother', 'sister', 'twin', 'twins',
  'stepson', 'stepdaughter', 'husband', 'wife', 'partner', 'mum', 'mother', 'dad', 'father', 'friend', 'friends',
  'cousin', 'carer', 'eldest', 'youngest', 'oldest', 'year old', 'year-old', 'yr old',
);
const ROLE = anyCase(
  'senco', 'teacher', 'ta', 'teaching assistant', 'caseworker', 'case worker', 'case officer', 'social worker',
  'key worker', 'keyworker', 'support worker', 'worker', 'paediatrician', 'consultant', 'therapist', 'salt', 'ot',
  'nurse', 'health visitor', 'headteacher', 'head teacher', 'head', 'doctor', 'gp', 'psychologist', 'officer',
  'coordinator', 'co-ordinator', 'mentor', 'tutor', 'lady', 'man', 'woman', 'nan', 'nanna', 'grandma', 'grandad',
  'auntie', 'aunt', 'uncle', 'adviser', 'advisor', 'manager', 'assessor', 'practitioner', 'childminder', 'nanny',
  'someone', 'person',
);
const OWNER = anyCase('my', 'our', 'his', 'her', 'their', 'your', 'the', 'a', 'an');

/** "my son Jake", "our caseworker, Sarah Jones", "a lady called Sue": group 1 is "called"/"named" when present. */
const AFTER_RELATION = new RegExp(
  `\\b(?:${OWNER})\\s+(?:[A-Za-z0-9'’-]+\\s+){0,3}?(?:${RELATION}|${ROLE})(?:\\s*,\\s*|\\s*\\(\\s*|\\s*:\\s*|\\s+)(?:(?:is\\s+|was\\s+)?(${anyCase('called', 'named')})\\s+)?`,
  'g',
);
/** "my name is jake", "I'm Jake": group 1 set when the name may be in lower case. */
const SELF_NAMED = new RegExp(
  `\\b(?:(${anyCase('my name is', 'my name’s', "my name's", 'my names', 'my name was', 'i am called', 'i’m called', "i'm called", 'im called')})|(?:${anyCase('they call me', 'call me')}|I\\s+am|I['’]m|Im))\\s+`,
  'g',
);
const TITLE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+(?:[A-Z]\.?\s+)?(?=[A-Z])/g;
/** "Thanks, Sarah" or " - Sarah" at the very end; "love" and "from" only with a comma ("I love Football." is not one). */
const SIGN_OFF = new RegExp(
  `(?:^|[.!?\\n]\\s*|,\\s*)(?:(?:${anyCase('thanks', 'thank you', 'many thanks', 'regards', 'kind regards', 'best wishes', 'cheers')})[,!.]?\\s+|(?:${anyCase('love', 'from')}),\\s*)|\\s[-–—]\\s*`,
  'g',
);
/** A last line that is a full name, or a name and who they are: "Sarah Jones", "Sarah (mum)". */
const LAST_LINE = new RegExp(
  `\\n\\s*(?=[A-Z][a-z]+(?:\\s+[A-Z][a-z]+\\s*|\\s*\\((?:${anyCase('mum', 'dad', 'parent', 'carer', 'nan', 'grandma', 'grandad', 'foster carer', 'mother', 'father')})[^)]*\\))\\s*[.!]*\\s*$)`,
  'g',
);
/** What may follow a signed name: "(mum of two)", a full stop. */
const AFTER_SIGNATURE = /^\s*(?:\([^)]{0,40}\))?\s*[.!]*\s*$/;

const NAME_WORD = /(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?/y;
const LOWER_NAME_WORD = /[a-z][a-z'’-]+/y;
const NAME_JOIN = /(?:\s*,\s*|\s+and\s+|\s*&\s*)/y;
const ONE_SPACE = /[ \t]+/y;
/** "Jake, my son", "Jake (my son)", "Jake is my son", "Jake (7)": a name just before words that say it is one. */
const BEFORE_RELATION = new RegExp(
  `^(?:\\s*,\\s*|\\s*\\(\\s*|\\s+is\\s+)(?:${anyCase('my', 'our', 'his', 'her', 'their')})\\s+(?:[A-Za-z0-9'’-]+\\s+){0,2}?(?:${RELATION})(?=\\s*[,).;:!?]|\\s*$)|^\\s*\\(\\s*(?:${anyCase('aged', 'age')}\\s*)?\\d{1,2}(?:\\s*(?:${anyCase('yrs', 'yr', 'years', 'year')})(?:\\s*${anyCase('old')})?)?\\s*\\)`,
);
const CAPITALISED = /(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?/g;

function wordAt(re: RegExp, text: string, at: number): number | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : undefined;
}

function isName(word: string): boolean {
  return word.length >= 2 && !NOT_NAMES.has(word.toLowerCase());
}

/** One name word at `at` (capitalised, or any case when `lowerOk`); its end, or undefined. */
function nameWordAt(text: string, at: number, lowerOk: boolean): number | undefined {
  const end = wordAt(NAME_WORD, text, at) ?? (lowerOk ? wordAt(LOWER_NAME_WORD, text, at) : undefined);
  if (end === undefined) return undefined;
  const word = text.slice(at, end);
  if (!isName(word)) return undefined;
  if (lowerOk && word === word.toLowerCase() && NOT_NAMES_LOWER.has(word)) return undefined;
  return end;
}

/** A first name, an optional surname, and more names joined by "and", "&" or commas: the end of them all. */
function namesAt(text: string, at: number, lowerOk: boolean): number | undefined {
  let end = nameWordAt(text, at, lowerOk);
  if (end === undefined) return undefined;
  const surname = (from: number) => {
    const gap = wordAt(ONE_SPACE, text, from);
    return gap === undefined ? undefined : nameWordAt(text, gap, false);
  };
  end = surname(end) ?? end;
  for (;;) {
    const joined = wordAt(NAME_JOIN, text, end);
    const next = joined === undefined ? undefined : nameWordAt(text, joined, false);
    if (next === undefined) return end;
    end = surname(next) ?? next;
  }
}

type Span = [start: number, end: number];

function nameSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(TITLE)) {
    const end = namesAt(text, m.index + m[0].length, false);
    if (end !== undefined) spans.push([m.index, end]);
  }
  for (const m of text.matchAll(AFTER_RELATION)) {
    const start = m.index + m[0].length;
    const end = namesAt(text, start, m[1] !== undefined);
    if (end !== undefined) spans.push([start, end]);
  }
  for (const m of text.matchAll(SELF_NAMED)) {
    const start = m.index + m[0].length;
    const end = namesAt(text, start, m[1] !== undefined);
    if (end !== undefined) spans.push([start, end]);
  }
  for (const m of text.matchAll(CAPITALISED)) {
    if (!isName(m[0])) continue;
    const end = m.index + m[0].length;
    if (BEFORE_RELATION.test(text.slice(end))) spans.push([m.index, end]);
  }
  for (const re of [SIGN_OFF, LAST_LINE]) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].length;
      const end = namesAt(text, start, false);
      if (end !== undefined && AFTER_SIGNATURE.test(text.slice(end))) spans.push([start, end]);
    }
  }
  return spans;
}

function replaceSpans(text: string, spans: Span[], kind: RedactionKind, redactions: RedactionKind[]): string {
  if (spans.length === 0) return text;
  const merged: Span[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = '';
  let at = 0;
  for (const [s, e] of merged) {
    out += text.slice(at, s) + TOKEN[kind];
    redactions.push(kind);
    at = e;
  }
  return out + text.slice(at);
}

// ---- the scrubber -------------------------------------------------------------------------------------------------

/**
 * Replace personal data with "[name]", "[email]", "[phone]", "[postcode]", "[address]" or "[date of birth]". Order
 * matters: emails go before names (an address can hold a name), dates of birth before phone numbers.
 */
export function scrubPersonalData(text: string): ScrubResult {
  const redactions: RedactionKind[] = [];
  const swap = (kind: RedactionKind, keepGroup = false) => (match: string, ...groups: unknown[]) => {
    redactions.push(kind);
    const kept = keepGroup && typeof groups[0] === 'string' ? groups[0] : '';
    return kept + TOKEN[kind];
  };
  let out = text;
  out = out.replace(EMAIL, swap('email')).replace(SPELLED_EMAIL, swap('email'));
  out = out
    .replace(DOB_LABELLED, swap('date of birth'))
    .replace(DOB_TRAILING, swap('date of birth'))
    .replace(DOB_IN_CONTEXT, swap('date of birth', true));
  out = out.replace(PHONE, swap('phone'));
  out = out.replace(POSTCODE, (match: string, _outward: string, inward: string) => {
    if (match !== match.toUpperCase() && ORDINAL_INWARD.test(inward.toLowerCase())) return match;
    redactions.push('postcode');
    return TOKEN.postcode;
  });
  out = out.replace(ADDRESS_IN_CONTEXT, swap('address', true)).replace(ADDRESS, swap('address'));
  out = replaceSpans(out, nameSpans(out), 'name', redactions);
  return { text: out, redactions };
}
