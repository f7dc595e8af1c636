// Charts of the dashboard: bars by county and a line by quarter. Each is a picture of a table that sits right
// next to it, so the chart itself is one image with a text alternative that says what it shows and points to
// the table: no tab stops, no tooltips only a mouse can open (recharts' accessibilityLayer is off on purpose;
// its keyboard tooltips would repeat the table one point at a time). Values are written on the bars and
// points, so nothing depends on colour; colours come from the stylesheet (currentColor), which turns them
// black in high-contrast mode. No animation: the numbers should simply be there.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useMark } from '../../../components/Lang';

export interface ChartPoint { label: string; count: number }

/** A figure: the chart as one image (role img, named by its summary) and a visible caption. */
export function ChartFigure({ caption, summary, children, height }: {
  caption: ReactNode;
  /** What the chart shows, in a sentence, ending with where the numbers are. */
  summary: string;
  children: ReactNode;
  height: string;
}) {
  const mark = useMark();
  return mark(
    <figure className="plan-chart">
      <div className="plan-chart-canvas" role="img" aria-label={summary} style={{ height }}>
        {children}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

const TICK = { fill: 'currentColor' };

export function CountyBars({ data }: { data: readonly ChartPoint[] }) {
  const mark = useMark();
  return mark(
    <BarChart
      data={data as ChartPoint[]}
      layout="vertical"
      responsive
      style={{ width: '100%', height: '100%' }}
      accessibilityLayer={false}
      margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="4 4" />
      <XAxis type="number" allowDecimals={false} tick={TICK} />
      <YAxis type="category" dataKey="label" width={120} tick={TICK} interval={0} />
      <Bar dataKey="count" className="plan-bar" fill="currentColor" stroke="currentColor" isAnimationActive={false}>
        <LabelList dataKey="count" position="right" className="plan-chart-value" />
      </Bar>
    </BarChart>
  );
}

export function QuarterLine({ data }: { data: readonly ChartPoint[] }) {
  const mark = useMark();
  return mark(
    <LineChart
      data={data as ChartPoint[]}
      responsive
      style={{ width: '100%', height: '100%' }}
      accessibilityLayer={false}
      margin={{ top: 28, right: 24, bottom: 4, left: 4 }}
    >
      <CartesianGrid vertical={false} strokeDasharray="4 4" />
      <XAxis dataKey="label" tick={TICK} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} tick={TICK} width={40} />
      <Line
        dataKey="count"
        type="linear"
        className="plan-line"
        stroke="currentColor"
        strokeWidth={3}
        dot={{ r: 5, fill: 'currentColor', stroke: 'currentColor' }}
        activeDot={false}
        isAnimationActive={false}
      >
        <LabelList dataKey="count" position="top" className="plan-chart-value" />
      </Line>
    </LineChart>
  );
}
