import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 无权查看: a field the reader may not see (C7.3). The server leaves such fields out of its
 * answers, so an absent value is "not permitted" and is never shown as empty.
 */
export function NotPermitted() {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="not-permitted">
      {t('common.notPermitted')}
    </Typography.Text>
  );
}

/** A table cell or value: the marker for a withheld (absent) value, else `render(value)`. */
export function shownOr<T>(render: (value: T) => ReactNode) {
  return (value: T | undefined): ReactNode =>
    value === undefined ? <NotPermitted /> : render(value);
}

/** A card whose whole content is withheld, e.g. the payment record for support staff. */
export function NotPermittedCard({ title, testId }: { title: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      <NotPermitted />
    </Card>
  );
}

/**
 * A part the server sends whole or not at all (all its fields share one class, C7.3): once it is
 * there, every field is.
 */
export type Shown<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
