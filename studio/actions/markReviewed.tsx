// "Mark as reviewed today" on services and guides: sets "Last reviewed" to today in the draft, ready to publish.
import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle';
import { useToast } from '@sanity/ui/toast';
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { markReviewedToday } from '../lib/review.ts';
import { today } from '../schemaTypes/rules.ts';

export const MarkReviewedAction: DocumentActionComponent = ({ id, type, draft, published, onComplete }) => {
  const { patch } = useDocumentOperation(id, type);
  const toast = useToast();
  const decision = markReviewedToday((draft ?? published) as { lastReviewed?: unknown } | null, today());
  const blocked = decision.kind === 'disabled' ? decision.reason : patch.disabled ? 'This document cannot be edited right now' : undefined;
  return {
    label: 'Mark as reviewed today',
    icon: CheckmarkCircleIcon,
    disabled: Boolean(blocked),
    title: blocked ?? 'Use after checking every detail with the provider: sets "Last reviewed" to today',
    onHandle: () => {
      if (decision.kind !== 'patch') return;
      patch.execute([{ set: decision.set }]);
      toast.push({ status: 'success', title: 'Marked as reviewed today', description: decision.message });
      onComplete();
    },
  };
};
MarkReviewedAction.displayName = 'MarkReviewedAction';
