// What document lists show under each title. The action status comes from src/plan, the code the site uses, so the
// desk and the public plan pages never disagree about what is overdue or at risk.
import { actionTag } from '../../src/plan/labels.ts';
import { actionStatus, type MilestoneDates } from '../../src/plan/status.ts';

export interface ActionPreviewInput {
  reference?: string;
  title?: string;
  owner?: string;
  startDate?: string;
  dueDate?: string;
  completedDate?: string;
  progress?: number;
  milestones?: Partial<MilestoneDates>[];
  updates?: { date?: string }[];
}

/** "PA1.2 Recruit …" / "Overdue · Head of SEND · due 2026-03-31". */
export function actionPreview(a: ActionPreviewInput, today: string): { title: string; subtitle: string; description?: string } {
  const milestones = (a.milestones ?? []).filter((m): m is MilestoneDates => Boolean(m.title && m.dueDate));
  const updates = (a.updates ?? []).filter((u): u is { date: string } => Boolean(u.date));
  const result = actionStatus({ ...a, milestones, updates }, today);
  const dates = a.completedDate && a.completedDate <= today ? `completed ${a.completedDate}` : a.dueDate ? `due ${a.dueDate}` : undefined;
  return {
    title: [a.reference, a.title].filter(Boolean).join(' ') || 'Untitled action',
    subtitle: [actionTag(result.status, result.late).text, a.owner, dates].filter(Boolean).join(' · '),
    description: result.reasons.join(' '),
  };
}

/** "Reviewed 2026-03-01" or "Due for review (last 2025-01-10)". */
export function reviewedSubtitle(lastReviewed: string | undefined, today: string, overdue: (d: string, t: string) => boolean): string {
  if (!lastReviewed) return 'Never reviewed';
  return overdue(lastReviewed, today) ? `Due for review (last ${lastReviewed})` : `Reviewed ${lastReviewed}`;
}

/** "Open until 2026-12-31", "Opens 2027-01-10", "Closed 2026-03-01" or "Open (no closing date)". */
export function surveyState(opensAt: string | undefined, closesAt: string | undefined, now: Date): string | undefined {
  if (!opensAt) return undefined;
  const day = (iso: string) => iso.slice(0, 10);
  if (Date.parse(opensAt) > now.getTime()) return `Opens ${day(opensAt)}`;
  if (closesAt && Date.parse(closesAt) <= now.getTime()) return `Closed ${day(closesAt)}`;
  return closesAt ? `Open until ${day(closesAt)}` : 'Open (no closing date)';
}
