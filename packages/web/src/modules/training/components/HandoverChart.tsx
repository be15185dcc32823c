import { LineChart } from '@mantine/charts';
// As on the reports page: the legend's swatches and the charts' own styles load with the chart.
import '@mantine/core/styles/ColorSwatch.css';
import '@mantine/charts/styles.css';

export interface HandoverChartPoint {
  /** The month's label on the axis. */
  label: string;
  share: number | null;
  projected: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * The monthly local-independent share (%) and its projection to 2030 with the 90 % band (dashed).
 * A picture of the table shown with it, which is the accessible form: one image with a name, and
 * recharts' keyboard layer off (it would add a second, unnamed way through the same figures).
 */
export function HandoverChart({ label, data, names }: { label: string; data: HandoverChartPoint[]; names: Record<'share' | 'projected' | 'lower' | 'upper', string> }) {
  return (
    <div role="img" aria-label={label} data-testid="handover-chart">
      <LineChart
        h={260}
        data={data}
        dataKey="label"
        series={[
          { name: 'share', label: names.share, color: 'clinical.6' },
          { name: 'projected', label: names.projected, color: 'orange.6' },
          { name: 'lower', label: names.lower, color: 'gray.6', strokeDasharray: '4 4' },
          { name: 'upper', label: names.upper, color: 'gray.6', strokeDasharray: '4 4' },
        ]}
        yAxisProps={{ domain: [0, 100] }}
        unit="%"
        connectNulls
        withDots={false}
        withLegend
        withTooltip={false}
        curveType="linear"
        lineChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
