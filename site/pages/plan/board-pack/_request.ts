// The board pack's quarter from `?quarter=`, and the pack for it: shared by the page and its CSV exports.
import { now as clockNow } from '../../../lib/config.ts';
import { boardPack, boardPackQuarter, type BoardPack } from '../../../../src/plan/board-pack.ts';
import { londonDate } from '../../../../src/text/dates.ts';
import { getPlanSnapshot } from '../../../lib/plan-data.ts';

export type BoardPackResult = { ok: true; pack: BoardPack } | { ok: false; message: string; available: { slug: string; label: string }[] };

export async function boardPackFor(url: URL, now = clockNow()): Promise<BoardPackResult> {
  const { content, surveySeries } = await getPlanSnapshot();
  const today = londonDate(now);
  const requested = boardPackQuarter(content, today, url.searchParams.get('quarter'));
  if (!requested.ok) return requested;
  return { ok: true, pack: boardPack(content, requested.quarter, today, { surveySeries }) };
}
