// "Delete my answers": the receipt code as typed, checked for shape (and its check character) before the store is asked.
import { z } from 'zod';
import { normaliseReceiptCode } from './receipt-code.ts';

export const DeleteResponseForm = z.object({
  receiptCode: z
    .string({ error: 'Enter your receipt code' })
    .trim()
    .min(1, 'Enter your receipt code')
    .max(40, 'Enter the receipt code exactly as it was shown, like K7QM-3XVA-9D2P')
    .transform((code, ctx) => {
      const normal = normaliseReceiptCode(code);
      if (!normal) {
        ctx.addIssue({ code: 'custom', message: 'Enter the receipt code exactly as it was shown, like K7QM-3XVA-9D2P' });
        return z.NEVER;
      }
      return normal;
    }),
});
export type DeleteResponseForm = z.infer<typeof DeleteResponseForm>;
