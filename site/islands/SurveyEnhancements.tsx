// Extras for survey pages when JavaScript runs: GOV.UK Frontend's live character count, "don't know" checkboxes that
// clear the others, focus on the error summary, a read-aloud button using the browser's own speech, and autosave of
// the answers so far as a sealed resume code kept in this browser tab only (sessionStorage: gone when the tab closes,
// so a shared computer does not keep them). The pages work without any of it.
import { useEffect, useState } from 'react';
import { actions } from 'astro:actions';
import { Button, CharacterCount, Checkboxes, ErrorSummary, Radios, createAll } from 'govuk-frontend';

interface Props {
  /** Offer "Read aloud" (easy read pages), where the browser can speak. */
  readAloud?: boolean;
  surveySlug?: string;
  /**
   * 'offer': the first page; offer answers this tab saved earlier, and save once something is answered.
   * 'keep': a page mid-survey; save now and after each change. 'forget': answers were sent; drop the saved code.
   */
  saved?: 'offer' | 'keep' | 'forget';
}

const storageKey = (slug: string) => `have-your-say:${slug}`;

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be switched off; autosave is only a convenience.
    return undefined;
  }
}

/** Keep the answers in the survey form sealed in this tab, now (if asked) and a moment after each change. */
function autosave(slug: string, now: boolean): () => void {
  const form = document.querySelector<HTMLFormElement>('form[data-survey-form]');
  const storage = tabStorage();
  if (!form || !storage) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async () => {
    const { data } = await actions.saveSurveyProgress(new FormData(form));
    if (data) storage.setItem(storageKey(slug), data.resumeCode);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 1000);
  };
  if (now) void save();
  form.addEventListener('change', later);
  form.addEventListener('input', later);
  return () => {
    clearTimeout(timer);
    form.removeEventListener('change', later);
    form.removeEventListener('input', later);
  };
}

/** The words on the page worth reading, in order: headings, hints, errors and each option's label (never the symbols). */
function pageText(): string {
  const form = document.querySelector('main form') ?? document.querySelector('main');
  if (!form) return '';
  const parts = form.querySelectorAll<HTMLElement>(
    '[data-read-aloud], legend, h1, .govuk-hint:not(.govuk-character-count__message), .govuk-error-message, .app-option-label__text, .govuk-radios__divider, .govuk-checkboxes__divider',
  );
  const seen = new Set<HTMLElement>();
  const texts: string[] = [];
  for (const el of parts) {
    // A heading inside a legend, or a list inside a marked block, is read once.
    if ([...seen].some((s) => s.contains(el))) continue;
    seen.add(el);
    const text = el.innerText.replace(/\s+/g, ' ').trim();
    if (text) texts.push(/[.?!:]$/.test(text) ? text : `${text}.`);
  }
  // A full stop after each part gives the voice a pause between the question and each answer.
  return texts.join(' ');
}

export default function SurveyEnhancements({ readAloud = false, surveySlug, saved }: Props) {
  const [canSpeak, setCanSpeak] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  const [earlier, setEarlier] = useState<string | undefined>();

  useEffect(() => {
    if (!surveySlug || !saved) return;
    if (saved === 'forget') {
      tabStorage()?.removeItem(storageKey(surveySlug));
      return;
    }
    if (saved === 'offer') setEarlier(tabStorage()?.getItem(storageKey(surveySlug)) ?? undefined);
    return autosave(surveySlug, saved === 'keep');
  }, [surveySlug, saved]);

  useEffect(() => {
    document.body.classList.add('govuk-frontend-supported');
    for (const component of [Button, CharacterCount, Checkboxes, ErrorSummary, Radios]) createAll(component);
    setCanSpeak(readAloud && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function');
    return () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    };
  }, [readAloud]);

  const banner = earlier && surveySlug && (
    <div className="govuk-notification-banner" role="region" aria-labelledby="saved-answers-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="saved-answers-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          You started this survey earlier in this browser tab.{' '}
          <a className="govuk-notification-banner__link" href={`/have-your-say/${surveySlug}/?resume=${encodeURIComponent(earlier)}`}>
            Carry on where you left off
          </a>
        </p>
      </div>
    </div>
  );

  if (!canSpeak) return banner || null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(pageText());
    utterance.lang = 'en-GB';
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(utterance);
    setSpeaking(true);
  };

  return (
    <>
      {banner}
      <p className="govuk-body app-read-aloud">
        <button type="button" className="govuk-button govuk-button--secondary app-read-aloud__button" onClick={toggle}>
          <span aria-hidden="true">🔊 </span>
          {speaking ? 'Stop reading' : 'Read this page aloud'}
        </button>
      </p>
    </>
  );
}
