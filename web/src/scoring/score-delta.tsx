import { Typography } from 'antd';

/** A signed decimal string from the server ("+1.2500", "-0.50", "0.0000"), coloured by sign. */
export function ScoreDelta({ value, testId }: { value: string | null; testId?: string }) {
  if (value === null) return <>—</>;
  const negative = value.startsWith('-');
  const zero = /^[+-]?0(\.0+)?$/.test(value);
  const text = negative || value.startsWith('+') || zero ? value : `+${value}`;
  return (
    <Typography.Text
      type={zero ? 'secondary' : negative ? 'danger' : 'success'}
      data-testid={testId}
    >
      {text}
    </Typography.Text>
  );
}
