import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../format/date.ts';
import { CompletenessBadge } from './completeness-badge.tsx';
import type { CustomerSummary } from './data-quality-types.ts';

/** Enough of a file to tell two similar ones apart: name, code, place, unit, completeness. */
export function CustomerCell({ customer }: { customer: CustomerSummary }) {
  return (
    <Flex vertical gap={2}>
      <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
      <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
        {customer.creditCode}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[customer.province, customer.city, customer.orgUnitName].filter(Boolean).join(' · ')}
        {' · '}
        {formatDateTime(customer.updatedAt)}
      </Typography.Text>
      <span>
        <CompletenessBadge score={customer.completeness} />
      </span>
    </Flex>
  );
}
