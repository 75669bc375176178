// What the evidence tool shows: per survey-based measure, each quarter's responses, % positive and 95% interval, with
// small groups suppressed exactly as on the site. Only renders; the figures come from studio/lib/evidence.ts.
import { Badge, Box, Card, Container, Flex, Heading, Select, Stack, Text } from '@sanity/ui';
import type { GroupBy } from '../../../src/evidence/index.ts';
import { describePoint, groupTitle, SUPPRESSION_THRESHOLD, type EvidenceRow } from '../../lib/evidence.ts';

export type Breakdown = Exclude<GroupBy, 'none'>;

export interface EvidenceViewProps {
  rows: EvidenceRow[];
  breakdown: Breakdown;
  onBreakdown?: (breakdown: Breakdown) => void;
  /** When the figures were worked out. */
  asAt: string;
}

const cell = { padding: '6px 12px 6px 0', textAlign: 'left' as const, verticalAlign: 'top' as const, borderBottom: '1px solid var(--card-border-color)' };

function MeasureCard({ row, breakdown }: { row: EvidenceRow; breakdown: Breakdown }) {
  const { measure, series, links, latest } = row;
  const groups = row.breakdown.periods[0]?.groups.map((g) => g.group) ?? [];
  return (
    <Card padding={4} radius={2} shadow={1} as="section" aria-labelledby={`measure-${measure._id}`}>
      <Stack gap={4}>
        <Stack gap={2}>
          <Heading as="h2" size={1} id={`measure-${measure._id}`}>
            {measure.title}
          </Heading>
          <Text size={1} muted>
            {[measure.area, `baseline ${measure.baseline.value}% (${measure.baseline.date})`, `target ${measure.target.value}% by ${measure.target.date}`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Flex gap={2} wrap="wrap">
          <Badge tone={latest ? 'primary' : 'caution'}>{latest ? `Latest: ${describePoint(latest)}, ${latest.label}` : 'No published figure yet'}</Badge>
          <Badge tone="default">{row.totalCounted} responses counted</Badge>
        </Flex>
        {links.map((link, i) => (
          <Text key={i} size={1} muted={!link.problem}>
            {link.problem ? `⚠ ${link.problem}: ` : 'From '}
            {link.survey}, “{link.question}”
          </Text>
        ))}
        {series.points.length > 0 && (
          <Box style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <caption style={{ textAlign: 'left', paddingBottom: 8 }}>
                <Text size={1} weight="semibold">
                  By quarter: everyone, and by {breakdown === 'audience' ? 'who answered' : 'age phase'}
                </Text>
              </caption>
              <thead>
                <tr>
                  {['Quarter', 'Responses', '% positive (95% interval)', ...groups.map(groupTitle)].map((heading) => (
                    <th key={heading} style={cell} scope="col">
                      <Text size={1} weight="semibold">
                        {heading}
                      </Text>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.points.map((point, i) => {
                  const period = row.breakdown.periods[i];
                  return (
                    <tr key={point.date}>
                      <th style={cell} scope="row">
                        <Text size={1} weight="semibold">
                          {point.label}
                        </Text>
                      </th>
                      <td style={cell}>
                        <Text size={1}>{point.suppressed ? '–' : point.n}</Text>
                      </td>
                      <td style={cell}>
                        <Text size={1}>{describePoint(point)}</Text>
                      </td>
                      {groups.map((g) => {
                        const figures = period?.groups.find((x) => x.group === g);
                        return (
                          <td key={g} style={cell}>
                            <Text size={1} muted={!figures || figures.suppressed}>
                              {!figures || figures.suppressed ? `Fewer than ${SUPPRESSION_THRESHOLD}` : `${figures.percent}% of ${figures.n}`}
                            </Text>
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Box>
        )}
      </Stack>
    </Card>
  );
}

export function EvidenceView({ rows, breakdown, onBreakdown, asAt }: EvidenceViewProps) {
  return (
    <Container width={2} padding={4}>
      <Stack gap={5}>
        <Stack gap={3}>
          <Heading as="h1" size={3}>
            Evidence from surveys
          </Heading>
          <Text size={2} muted>
            The figures the plan pages publish for each survey-based impact measure, worked out by the same code as the site.
            Groups of fewer than {SUPPRESSION_THRESHOLD} responses are never shown as a number. As at {asAt}.
          </Text>
          <Flex align="center" gap={3}>
            <Text as="label" htmlFor="evidence-breakdown" size={1} weight="semibold">
              Break down by
            </Text>
            <Box style={{ width: '14em' }}>
              <Select id="evidence-breakdown" value={breakdown} onChange={(e) => onBreakdown?.(e.currentTarget.value as Breakdown)}>
                <option value="audience">Who answered</option>
                <option value="agePhase">Age phase</option>
              </Select>
            </Box>
          </Flex>
        </Stack>
        {rows.length === 0 && <Text>There are no survey-based impact measures yet.</Text>}
        {rows.map((row) => (
          <MeasureCard key={row.measure._id} row={row} breakdown={breakdown} />
        ))}
      </Stack>
    </Container>
  );
}
