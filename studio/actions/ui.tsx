// Small form pieces shared by the document actions' dialogs.
import { Card, Stack, Text } from '@sanity/ui';
import type { ReactNode } from 'react';

export function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text as="label" htmlFor={id} size={1} weight="semibold">
        {label}
      </Text>
      {hint && (
        <Text size={1} muted>
          {hint}
        </Text>
      )}
      {children}
    </Stack>
  );
}

export function FieldError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <Card tone="critical" padding={2} radius={2} role="alert">
      <Text size={1}>{message}</Text>
    </Card>
  );
}

export function Notice({ tone = 'caution', children }: { tone?: 'caution' | 'critical' | 'positive' | 'primary'; children: ReactNode }) {
  return (
    <Card tone={tone} padding={3} radius={2} border>
      <Text size={1}>{children}</Text>
    </Card>
  );
}
