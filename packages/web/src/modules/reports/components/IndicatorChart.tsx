import { BarChart } from '@mantine/charts';
// The app imports Mantine's styles component by component (app/styles.ts); the legend's swatches
// are the only core component the charts use that the app does not, so they load with the chart.
import '@mantine/core/styles/ColorSwatch.css';
import '@mantine/charts/styles.css';

export interface ChartSeries {
  name: string;
  label: string;
}

const COLOURS = ['clinical.6', 'orange.6', 'teal.6', 'grape.6', 'yellow.6', 'cyan.6', 'pink.6', 'lime.7', 'indigo.6', 'gray.6'];

/**
 * A bar chart of an indicator's rows: one bar per group of the first dimension, one series per
 * group of the second (stacked when the figures add up, counts) or per figure (median and 90th
 * percentile). It is a picture of the table shown with it, which is the accessible form: the
 * chart is one image with a name, and recharts' keyboard layer is off (it would add a second,
 * unnamed way through the same figures).
 */
export function IndicatorChart({
  label,
  data,
  series,
  stacked,
  format,
  testId,
}: {
  label: string;
  data: Record<string, string | number | null>[];
  series: ChartSeries[];
  stacked: boolean;
  format: (value: number) => string;
  testId: string;
}) {
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <BarChart
        h={240}
        data={data}
        dataKey="group"
        type={stacked ? 'stacked' : 'default'}
        series={series.map((s, i) => ({ name: s.name, label: s.label, color: COLOURS[i % COLOURS.length] }))}
        valueFormatter={format}
        withLegend={series.length > 1}
        withTooltip={false}
        tickLine="y"
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
