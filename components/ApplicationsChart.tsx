'use client'
// Applications per idea as a bar chart. The same numbers are in the table beside it, which is what screen
// readers get; the chart itself is hidden from them to avoid reading every bar twice.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export function ApplicationsChart({ data }: { data: { title: string; applications: number }[] }) {
  const height = Math.max(240, data.length * 28 + 40)
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="title"
            width={170}
            tick={{ fontSize: 11 }}
            tickFormatter={(value: string) => (value.length > 26 ? `${value.slice(0, 25)}…` : value)}
          />
          <Tooltip />
          <Bar dataKey="applications" name="Applications" fill="#c2410c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
