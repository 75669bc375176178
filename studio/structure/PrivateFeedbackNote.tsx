// A pane in the content desk pointing to the private workspace, where families' responses and reports are kept.
import { Card, Stack, Text } from '@sanity/ui';
import { useWorkspaces } from 'sanity';

export function PrivateFeedbackNote() {
  const feedback = useWorkspaces().find((w) => w.name === 'feedback');
  return (
    <Card padding={4}>
      <Stack gap={4}>
        <Text size={2}>
          Survey responses, correction reports and page feedback are kept in a separate, private dataset, so they are never
          published by mistake.
        </Text>
        <Text size={2}>
          {feedback ? (
            <a href={feedback.basePath}>Open the “{feedback.title}” workspace</a>
          ) : (
            'Open the “Private feedback” workspace'
          )}{' '}
          to moderate answers, approve quotes and follow up reports. Approved quotes can then be added to a “You said, we did” here.
        </Text>
      </Stack>
    </Card>
  );
}
