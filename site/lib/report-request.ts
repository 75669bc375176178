// An "Is this information correct?" report posted without JavaScript: send it through the reportProblem action, and
// say what the page shows (the report form again with its errors, or that the page reported on does not exist).
import type { AstroGlobal } from 'astro';
import { actions, isInputError } from 'astro:actions';
import { getStore } from './store.ts';
import { firstMessages, answerWith } from './action-errors.ts';

export interface ReportPage {
  subjectId: string;
  /** The service's or guide's title; undefined when the address names neither. */
  title?: string;
  backHref: string;
  values: { whatIsWrong?: string; email?: string; consent?: boolean };
  errors: Record<string, string>;
  /** The error summary, in the order of the form. */
  summary: { href: string; message: string }[];
}

const FIELD_ORDER = ['subject', 'whatIsWrong', 'email', 'consent'];

/** The page to show, or the redirect to "sent" once the report is stored. */
export async function reportRequest(Astro: AstroGlobal): Promise<ReportPage | Response> {
  Astro.response.headers.set('Cache-Control', 'no-store');
  let subjectId = Astro.url.searchParams.get('subject') ?? '';
  let values: ReportPage['values'] = {};
  let errors: Record<string, string> = {};
  let problem: string | undefined;

  if (Astro.request.method === 'POST') {
    const form = await Astro.request.formData().catch(() => new FormData());
    subjectId = String(form.get('subject') ?? '');
    values = { whatIsWrong: String(form.get('whatIsWrong') ?? ''), email: String(form.get('email') ?? ''), consent: form.get('consent') === 'true' };
    const result = await Astro.callAction(actions.reportProblem, form);
    if (!result.error) return Astro.redirect('/report-a-problem/sent/', 303);
    if (isInputError(result.error)) {
      errors = firstMessages(result.error);
      Astro.response.status = 400;
    } else {
      problem = result.error.message;
      answerWith(Astro.response, result.error);
    }
  }

  const subject = /^(service|guide)-[a-z0-9_-]+$/i.test(subjectId) ? await (await getStore()).getDocument(subjectId) : null;
  const title = subject && (subject._type === 'service' || subject._type === 'guide') ? subject.title : undefined;
  const backHref = subject?._type === 'service' ? `/services/${subject.slug.current}/` : subject?._type === 'guide' ? `/guides/${subject.slug.current}/` : '/';
  if (!title && !problem) {
    Astro.response.status = 404;
    problem = 'The page you are reporting could not be found. Go back to it and use the form at the bottom of the page.';
  }
  const summary = problem
    ? [{ href: '#main-content', message: problem }]
    : Object.entries(errors)
        .sort(([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b))
        .map(([field, message]) => ({ href: `#${field === 'subject' ? 'whatIsWrong' : field}`, message }));
  return { subjectId, title, backHref, values, errors, summary };
}
