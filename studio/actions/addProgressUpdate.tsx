// "Add progress update" on improvement-plan actions: a dated entry in the action-and-impact log (and optionally a new
// "per cent complete"), added to the draft so it is published with the team's other changes.
import { AddCircleIcon } from '@sanity/icons/AddCircle';
import { Box, Button, Card, Flex, Stack, Text, TextArea, TextInput } from '@sanity/ui';
import { useToast } from '@sanity/ui/toast';
import { useState } from 'react';
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { randomKey } from '../lib/keys.ts';
import { addProgressUpdate, type ActionState, type ProgressInput } from '../lib/progress-update.ts';
import { today } from '../schemaTypes/rules.ts';
import { FieldError, Field } from './ui.tsx';

export const AddProgressUpdateAction: DocumentActionComponent = ({ id, type, draft, published, onComplete }) => {
  const { patch } = useDocumentOperation(id, type);
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState<ProgressInput>({ date: today(), text: '', impact: '', progress: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof ProgressInput, string>>>({});
  const current = (draft ?? published) as ActionState | null;

  const close = () => {
    setOpen(false);
    setErrors({});
    onComplete();
  };
  const submit = () => {
    const result = addProgressUpdate(current, input, { today: today(), key: randomKey });
    if (result.kind === 'invalid') return setErrors(result.errors);
    patch.execute(result.patches);
    toast.push({
      status: result.warnings.length ? 'warning' : 'success',
      title: 'Progress update added to the draft',
      description: [...result.warnings, 'Publish the action to show it on the site.'].join(' '),
    });
    setInput({ date: today(), text: '', impact: '', progress: '' });
    close();
  };
  const set = (field: keyof ProgressInput) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setInput((prev) => ({ ...prev, [field]: value }));
  };

  return {
    label: 'Add progress update',
    icon: AddCircleIcon,
    disabled: !current || Boolean(patch.disabled),
    title: current ? 'Add a dated entry to the action and impact log' : 'Save the action first',
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Add a progress update',
      onClose: close,
      width: 'medium',
      content: (
        <Stack gap={4}>
          <Field id="update-date" label="Date" hint="When the progress was made or reported">
            <TextInput id="update-date" type="date" value={input.date} onChange={set('date')} max={today()} />
            <FieldError message={errors.date} />
          </Field>
          <Field id="update-text" label="What was done" hint="Plain English for families: what happened, not how busy people were">
            <TextArea id="update-text" rows={4} value={input.text} onChange={set('text')} />
            <FieldError message={errors.text} />
          </Field>
          <Field id="update-impact" label="Difference it made (optional)" hint="The difference for children and families, with evidence if you have it">
            <TextArea id="update-impact" rows={3} value={input.impact} onChange={set('impact')} />
          </Field>
          <Field id="update-progress" label="Per cent complete now (optional)" hint={`Last reported: ${current?.progress ?? 'none'}`}>
            <Box style={{ maxWidth: '8em' }}>
              <TextInput id="update-progress" inputMode="numeric" value={String(input.progress ?? '')} onChange={set('progress')} />
            </Box>
            <FieldError message={errors.progress} />
          </Field>
          <Card tone="transparent">
            <Flex gap={2} justify="flex-end">
              <Button mode="ghost" text="Cancel" onClick={close} />
              <Button tone="primary" text="Add to the log" onClick={submit} />
            </Flex>
          </Card>
          <Text size={1} muted>
            The update is added to the draft. Publish the action to show it on the plan pages.
          </Text>
        </Stack>
      ),
    },
  };
};
AddProgressUpdateAction.displayName = 'AddProgressUpdateAction';
