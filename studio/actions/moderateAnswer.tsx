// "Approve as public quote" and "Reject" on survey responses (private dataset): moderate one pending free-text answer,
// and optionally copy an approved answer as a quote into a "You said, we did" draft in the public dataset.
import { CloseCircleIcon } from '@sanity/icons/CloseCircle';
import { ThumbsUpIcon } from '@sanity/icons/ThumbsUp';
import { Button, Card, Flex, Radio, Select, Spinner, Stack, Text, TextInput } from '@sanity/ui';
import { useToast } from '@sanity/ui/toast';
import { useEffect, useMemo, useState } from 'react';
import { useClient, useDocumentOperation, type DocumentActionComponent, type DocumentActionProps } from 'sanity';
import { apiVersion, dataset as publicDataset } from '../env.ts';
import { randomKey } from '../lib/keys.ts';
import {
  addQuoteMutations,
  attributionFor,
  decideModeration,
  pendingTextAnswers,
  quoteFromAnswer,
  scrubbedText,
  type ResponseLike,
} from '../lib/moderation.ts';
import { today } from '../schemaTypes/rules.ts';
import { Field, Notice } from './ui.tsx';

type Decision = 'approved' | 'rejected';

/** The answer as it would be quoted, saying when today's scrubbing rules removed more than was removed on arrival. */
function ScrubbedAnswer({ text }: { text?: string }) {
  const scrubbed = scrubbedText({ _key: '', text });
  return (
    <Stack gap={2}>
      <Text size={2}>{scrubbed.text}</Text>
      {scrubbed.redactions.length > 0 && (
        <Text size={1} muted>
          Also removed now: {[...new Set(scrubbed.redactions)].join(', ')}. Check nothing else could identify anyone.
        </Text>
      )}
    </Stack>
  );
}

interface Option {
  _id: string;
  title: string;
}

/** The public dataset, read raw so drafts and published documents both show. */
function usePublicClient() {
  const client = useClient({ apiVersion });
  return useMemo(() => client.withConfig({ dataset: publicDataset, perspective: 'raw', useCdn: false }), [client]);
}

/** Question wording by key, from the survey in the public dataset. */
function useQuestionLabels(surveyId: string | undefined, enabled: boolean): Record<string, string> {
  const client = usePublicClient();
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!enabled || !surveyId) return;
    let live = true;
    client
      .fetch<{ key: string; label: string }[] | null>('*[_id == $id][0].questions[]{ key, label }', { id: surveyId })
      .then((qs) => live && setLabels(Object.fromEntries((qs ?? []).map((q) => [q.key, q.label]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, surveyId, enabled]);
  return labels;
}

/** Every "You said, we did" (one entry per document, draft or published), newest first. */
function useYouSaidWeDidOptions(enabled: boolean): Option[] | undefined {
  const client = usePublicClient();
  const [options, setOptions] = useState<Option[]>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    client
      .fetch<Option[]>('*[_type == "youSaidWeDid" && !(_id in path("versions.**"))] | order(publishedAt desc){ _id, title }')
      .then((docs) => {
        const byId = new Map<string, Option>();
        for (const d of docs) byId.set(d._id.replace(/^drafts\./, ''), { _id: d._id.replace(/^drafts\./, ''), title: d.title });
        if (live) setOptions([...byId.values()]);
      })
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [client, enabled]);
  return options;
}

function useModerationAction(props: DocumentActionProps, decision: Decision) {
  const { id, type, draft, published, onComplete } = props;
  const { patch } = useDocumentOperation(id, type);
  const toast = useToast();
  const publicClient = usePublicClient();
  const response = (draft ?? published) as (ResponseLike & { survey?: { _ref: string } }) | null;
  const pending = useMemo(() => pendingTextAnswers(response), [response]);
  const [open, setOpen] = useState(false);
  const [answerKey, setAnswerKey] = useState<string>();
  const [attribution, setAttribution] = useState('');
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const labels = useQuestionLabels(response?.survey?._ref, open);
  const targets = useYouSaidWeDidOptions(open && decision === 'approved');
  const chosen = pending.find((a) => a._key === answerKey) ?? pending[0];

  const close = () => {
    setOpen(false);
    setAnswerKey(undefined);
    setTarget('');
    onComplete();
  };

  const confirm = async () => {
    if (!chosen || !response) return;
    const result = decideModeration(response, chosen._key, decision);
    if (result.kind === 'refused') {
      toast.push({ status: 'error', title: result.reason });
      return;
    }
    setBusy(true);
    patch.execute([{ set: result.set }]);
    let quoteNote = '';
    if (decision === 'approved' && target) {
      const quote = quoteFromAnswer(chosen, response, { today: today(), key: randomKey, attribution });
      try {
        if (quote.kind === 'refused') throw new Error(quote.reason);
        const [published, draftDoc] = await Promise.all([
          publicClient.getDocument(target),
          publicClient.getDocument(`drafts.${target}`),
        ]);
        const plan = addQuoteMutations({ id: target, published, draft: draftDoc }, quote.quote);
        if (plan.kind === 'refused') throw new Error(plan.reason);
        await publicClient.mutate(plan.mutations as never);
        quoteNote = ' The quote was added to the draft of the "You said, we did": publish it there.';
      } catch (error) {
        toast.push({ status: 'warning', title: 'Approved, but the quote was not added', description: (error as Error).message });
      }
    }
    toast.push({ status: 'success', title: result.message, description: quoteNote || undefined });
    setBusy(false);
    close();
  };

  const approving = decision === 'approved';
  return {
    label: approving ? 'Approve as public quote' : 'Reject',
    icon: approving ? ThumbsUpIcon : CloseCircleIcon,
    tone: approving ? ('positive' as const) : ('critical' as const),
    disabled: pending.length === 0 || Boolean(patch.disabled),
    title: pending.length === 0 ? 'No free-text answers are waiting for moderation' : `${pending.length} answer(s) waiting`,
    onHandle: () => {
      setAttribution(response ? attributionFor(response) : '');
      setOpen(true);
    },
    dialog: open && {
      type: 'dialog' as const,
      header: approving ? 'Approve an answer for publication' : 'Reject an answer',
      onClose: close,
      width: 'medium' as const,
      content: (
        <Stack gap={4}>
          <Notice tone="primary">
            Personal details (names, emails, phone numbers, postcodes, addresses, dates of birth) were removed when the answer was
            stored. {approving ? 'Approve only text that cannot identify anyone and is not abusive.' : 'Rejected answers are never published.'}
          </Notice>
          <Stack gap={3} role="radiogroup" aria-label="Answer to moderate">
            {pending.map((answer) => (
              <Card key={answer._key} padding={3} radius={2} border tone={chosen?._key === answer._key ? 'primary' : 'default'}>
                <Flex gap={3} align="flex-start">
                  <Radio
                    id={`answer-${answer._key}`}
                    name="answer"
                    checked={chosen?._key === answer._key}
                    onChange={() => setAnswerKey(answer._key)}
                  />
                  <Stack gap={2} flex={1}>
                    <Text as="label" htmlFor={`answer-${answer._key}`} size={1} weight="semibold">
                      {labels[answer.questionKey ?? ''] ?? answer.questionKey}
                    </Text>
                    <ScrubbedAnswer text={answer.text} />
                  </Stack>
                </Flex>
              </Card>
            ))}
          </Stack>
          {approving && (
            <>
              <Field id="quote-attribution" label="Who said it" hint="In general terms only: never a name, school or anything more specific">
                <TextInput id="quote-attribution" value={attribution} onChange={(e) => setAttribution(e.currentTarget.value)} />
              </Field>
              <Field id="quote-target" label="Also quote it in (optional)" hint='Adds it to that "You said, we did" as a draft change; publish it there'>
                {targets === undefined ? (
                  <Spinner muted />
                ) : (
                  <Select id="quote-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
                    <option value="">Do not quote it yet</option>
                    {targets.map((t) => (
                      <option key={t._id} value={t._id}>
                        {t.title}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </>
          )}
          <Flex gap={2} justify="flex-end">
            <Button mode="ghost" text="Cancel" onClick={close} disabled={busy} />
            <Button
              tone={approving ? 'positive' : 'critical'}
              text={approving ? 'Approve' : 'Reject'}
              onClick={() => void confirm()}
              disabled={busy || !chosen}
              loading={busy}
            />
          </Flex>
        </Stack>
      ),
    },
  };
}

export const ApproveQuoteAction: DocumentActionComponent = (props) => useModerationAction(props, 'approved');
ApproveQuoteAction.displayName = 'ApproveQuoteAction';

export const RejectAnswerAction: DocumentActionComponent = (props) => useModerationAction(props, 'rejected');
RejectAnswerAction.displayName = 'RejectAnswerAction';
