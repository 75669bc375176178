// The evidence tool: fetches survey-based measures and surveys (public dataset) and responses without their free text
// (private dataset), then shows the published figures. Needs read access to both datasets.
import { Card, Container, Flex, Spinner, Text } from '@sanity/ui';
import { useEffect, useMemo, useState } from 'react';
import { useClient } from 'sanity';
import type { ResponseForEvidence } from '../../../src/evidence/index.ts';
import { dropNulls } from '../../../src/queries/define.ts';
import { londonDate } from '../../../src/text/dates.ts';
import { apiVersion, dataset, feedbackDataset } from '../../env.ts';
import {
  EVIDENCE_MEASURES_GROQ,
  EVIDENCE_RESPONSES_GROQ,
  EVIDENCE_SURVEYS_GROQ,
  evidenceRows,
  type EvidenceMeasure,
  type EvidenceSurvey,
} from '../../lib/evidence.ts';
import { EvidenceView, type Breakdown } from './EvidenceView.tsx';

interface Loaded {
  measures: EvidenceMeasure[];
  surveys: EvidenceSurvey[];
  responses: ResponseForEvidence[];
}

export function EvidenceTool() {
  const studioClient = useClient({ apiVersion });
  const client = useMemo(() => studioClient.withConfig({ perspective: 'raw', useCdn: false }), [studioClient]);
  const [data, setData] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [breakdown, setBreakdown] = useState<Breakdown>('audience');

  useEffect(() => {
    let live = true;
    Promise.all([
      client.withConfig({ dataset }).fetch<EvidenceMeasure[]>(EVIDENCE_MEASURES_GROQ),
      client.withConfig({ dataset }).fetch<EvidenceSurvey[]>(EVIDENCE_SURVEYS_GROQ),
      client.withConfig({ dataset: feedbackDataset }).fetch<unknown[]>(EVIDENCE_RESPONSES_GROQ),
    ])
      .then(([measures, surveys, responses]) => live && setData({ measures, surveys, responses: dropNulls(responses) as ResponseForEvidence[] }))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client]);

  const rows = useMemo(() => (data ? evidenceRows(data.measures, data.surveys, data.responses, breakdown) : []), [data, breakdown]);

  if (error) {
    return (
      <Container width={2} padding={4}>
        <Card tone="critical" padding={4} radius={2} border>
          <Text>The figures could not be worked out: {error}. You need read access to the public and the private feedback datasets.</Text>
        </Card>
      </Container>
    );
  }
  if (!data) {
    return (
      <Flex padding={5} justify="center" align="center" gap={3}>
        <Spinner muted />
        <Text muted>Counting survey responses…</Text>
      </Flex>
    );
  }
  return <EvidenceView rows={rows} breakdown={breakdown} onBreakdown={setBreakdown} asAt={londonDate(new Date())} />;
}
