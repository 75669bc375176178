// "Draft a You said, we did" on a feedback theme: counts the answers tagged with it in the private dataset, copies in
// the newest approved quotes, links the theme, its areas and their actions, and opens the new draft.
import { ComposeIcon } from '@sanity/icons/Compose';
import { Button, Flex, Spinner, Stack, Text } from '@sanity/ui';
import { useToast } from '@sanity/ui/toast';
import { useEffect, useMemo, useState } from 'react';
import { useClient, type DocumentActionComponent } from 'sanity';
import { useRouter } from 'sanity/router';
import { apiVersion, dataset as publicDataset, feedbackDataset } from '../env.ts';
import { randomKey } from '../lib/keys.ts';
import { draftYouSaidWeDid, type ActionLike, type Draft, type TaggedResponse, type ThemeLike } from '../lib/you-said-we-did.ts';
import { today } from '../schemaTypes/rules.ts';
import { Notice } from './ui.tsx';

const RESPONSES = `*[_type == "surveyResponse" && references($id)]{
  _id, audience, agePhase, submittedAt,
  "answers": answers[$id in themes[]._ref]{ _key, questionKey, text, moderation, themes }
}`;
const ACTIONS = '*[_type == "action" && area._ref in $areas && !(_id in path("drafts.**"))]{ _id, reference, title, area, completedDate }';

export const DraftYouSaidWeDidAction: DocumentActionComponent = ({ id, draft, published, onComplete }) => {
  const studioClient = useClient({ apiVersion });
  const client = useMemo(() => studioClient.withConfig({ perspective: 'raw', useCdn: false }), [studioClient]);
  const router = useRouter();
  const toast = useToast();
  const theme = (published ?? draft) as ThemeLike | null;
  // Refetch when the theme's links change, not on every new snapshot object.
  const themeKey = JSON.stringify([theme?._id, theme?.title, theme?.slug, theme?.areas?.map((a) => a._ref)]);
  const [open, setOpen] = useState(false);
  const [plan, setPlan] = useState<{ draft?: Draft; exists?: boolean; error?: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open || !theme) return;
    let live = true;
    setPlan(undefined);
    (async () => {
      const [responses, actions] = await Promise.all([
        client.withConfig({ dataset: feedbackDataset }).fetch<TaggedResponse[]>(RESPONSES, { id: theme._id.replace(/^drafts\./, '') }),
        client.withConfig({ dataset: publicDataset }).fetch<ActionLike[]>(ACTIONS, { areas: (theme.areas ?? []).map((a) => a._ref) }),
      ]);
      const result = draftYouSaidWeDid({ theme: { ...theme, _id: id }, responses, actions, today: today(), key: randomKey });
      const existing = await client.fetch<number>('count(*[_id in [$id, "drafts." + $id]])', { id: result.id });
      if (live) setPlan({ draft: result, exists: existing > 0 });
    })().catch((error: Error) => live && setPlan({ error: error.message }));
    return () => {
      live = false;
    };
    // themeKey stands for the theme object here.
  }, [open, themeKey, id, client]);

  const close = () => {
    setOpen(false);
    onComplete();
  };
  const create = async () => {
    if (!plan?.draft) return;
    setBusy(true);
    try {
      if (!plan.exists) await client.createIfNotExists(plan.draft.document);
      router.navigateIntent('edit', { id: plan.draft.id, type: 'youSaidWeDid' });
      toast.push({ status: 'success', title: plan.exists ? 'Opened the draft started today' : 'Draft created: finish "You said" and "We did", then publish' });
      close();
    } catch (error) {
      toast.push({ status: 'error', title: 'The draft could not be created', description: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const evidence = plan?.draft?.evidence;
  return {
    label: 'Draft a You said, we did',
    icon: ComposeIcon,
    disabled: !published,
    title: published ? 'Start a "You said, we did" from what families said about this theme' : 'Publish the theme first',
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: `Draft a "You said, we did": ${theme?.title ?? ''}`,
      onClose: close,
      width: 'medium',
      content: (
        <Stack gap={4}>
          {!plan && <Spinner muted />}
          {plan?.error && <Notice tone="critical">Could not read the feedback: {plan.error}. You need access to the private feedback dataset.</Notice>}
          {evidence && plan?.draft && (
            <>
              <Text size={2}>
                {evidence.commentCount} comment{evidence.commentCount === 1 ? '' : 's'} tagged with this theme ({evidence.approved} approved,{' '}
                {evidence.pending} waiting for moderation; {evidence.rejected} rejected and not counted).
              </Text>
              <Text size={2}>
                The draft will have {plan.draft.document.quotes.length} approved quote{plan.draft.document.quotes.length === 1 ? '' : 's'} and link{' '}
                {plan.draft.document.actions.length} action{plan.draft.document.actions.length === 1 ? '' : 's'} from {plan.draft.document.areas.length} plan area
                {plan.draft.document.areas.length === 1 ? '' : 's'}.
              </Text>
              {evidence.pending > 0 && <Notice>Moderate the {evidence.pending} waiting answers first if you want to quote them.</Notice>}
              {plan.exists && <Notice tone="primary">A draft for this theme was already started today: it will be opened instead.</Notice>}
            </>
          )}
          <Flex gap={2} justify="flex-end">
            <Button mode="ghost" text="Cancel" onClick={close} disabled={busy} />
            <Button tone="primary" text={plan?.exists ? 'Open the draft' : 'Create the draft'} onClick={() => void create()} disabled={!plan?.draft || busy} loading={busy} />
          </Flex>
        </Stack>
      ),
    },
  };
};
DraftYouSaidWeDidAction.displayName = 'DraftYouSaidWeDidAction';
