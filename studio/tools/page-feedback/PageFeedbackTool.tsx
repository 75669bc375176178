// Reads the page feedback from the private dataset and sums it up with the site's own code (src/feedback), so the team
// sees the same figures `npm run page-feedback` prints on the embedded store.
import { Card, Container, Flex, Heading, Spinner, Stack, Text } from '@sanity/ui';
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'sanity';
import { describeUsefulness, summarisePageFeedback, type PageFeedbackSummary } from '../../../src/feedback/page-feedback-summary.ts';
import type { PageFeedback } from '../../../src/model/index.ts';
import { formatDate } from '../../../src/text/dates.ts';
import { apiVersion } from '../../env.ts';

const GROQ = `*[_type == "pageFeedback"]{_id, _type, path, useful, "whatWasWrong": coalesce(whatWasWrong, ""), createdAt}`;

export function PageFeedbackTool() {
  const client = useClient({ apiVersion });
  const [summary, setSummary] = useState<PageFeedbackSummary>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    client
      .fetch<PageFeedback[]>(GROQ)
      .then((items) => live && setSummary(summarisePageFeedback(items, { commentsPerPage: 5 })))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client]);
  const pages = useMemo(() => summary?.pages.slice(0, 50) ?? [], [summary]);

  if (error) return <Card tone="critical" padding={4} margin={4}><Text>Page feedback could not be read: {error}</Text></Card>;
  if (!summary) {
    return (
      <Flex padding={5} justify="center" align="center" gap={3}>
        <Spinner muted />
        <Text muted>Counting answers…</Text>
      </Flex>
    );
  }
  return (
    <Container width={2} padding={4}>
      <Stack gap={4}>
        <Heading as="h1" size={3}>Is this page useful?</Heading>
        <Text>All pages: {describeUsefulness(summary.total)}.</Text>
        <Text>
          Local Offer pages: {describeUsefulness(summary.localOffer)}; {summary.localOffer.comments} said what was wrong. Count these
          as comments on the Local Offer when you write "You said, we did".
        </Text>
        <Text muted size={1}>Pages with the most "not useful" answers first. Comments were scrubbed of personal details when they arrived.</Text>
        {pages.map((page) => (
          <Card key={page.path} padding={3} radius={2} border>
            <Stack gap={3}>
              <Text weight="semibold">{page.path}</Text>
              <Text size={1}>{describeUsefulness(page)}</Text>
              {page.comments.map((c) => (
                <Text key={c.createdAt + c.text} size={1} muted>
                  {formatDate(c.createdAt)}: “{c.text}”
                </Text>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Container>
  );
}
