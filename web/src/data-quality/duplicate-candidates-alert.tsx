import { Alert, Flex, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidatesQuery } from './data-quality-types.ts';
import { useDuplicateCandidates } from './data-quality-queries.ts';
import { useDebounced } from './use-debounced.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * "可能重复的客户" (C1.11) while a new file is typed: same credit code or a similar name in the
 * same province and city, among the customers this user may see. Rendered inside the customer
 * form, whose fields it watches. Links open in a new tab so the form keeps what was typed.
 */
export function DuplicateCandidatesAlert({ excludeId }: { excludeId?: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const name = text(Form.useWatch('name', form));
  const creditCode = text(Form.useWatch('creditCode', form));
  const province = text(Form.useWatch('province', form));
  const city = text(Form.useWatch('city', form));
  // Debounced as a string: a fresh object every render would never settle.
  const settled = useDebounced(
    JSON.stringify({
      ...(name ? { name } : {}),
      ...(creditCode ? { creditCode } : {}),
      ...(province ? { province } : {}),
      ...(city ? { city } : {}),
      ...(excludeId ? { excludeId } : {}),
    }),
    400,
  );
  const query = JSON.parse(settled) as DuplicateCandidatesQuery;
  const enabled = [...(query.name ?? '')].length >= 2 || (query.creditCode ?? '').length >= 18;
  const candidates = useDuplicateCandidates(query, enabled);
  const items = enabled ? (candidates.data?.items ?? []) : [];
  if (items.length === 0) return null;

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-candidates"
      title={t('dataQuality.candidates.title')}
      description={
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('dataQuality.candidates.help')}</Typography.Text>
          {items.map((item) => (
            <Flex key={item.id} gap={8} align="center" wrap>
              <Link to={`/customers/${item.id}`} target="_blank" rel="noopener">
                {item.name}
              </Link>
              <Typography.Text type="secondary" code>
                {item.creditCode}
              </Typography.Text>
              <Typography.Text type="secondary">
                {[item.province, item.city, item.orgUnitName].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Tag color={item.reason === 'credit_code' ? 'error' : 'warning'}>
                {item.reason === 'credit_code'
                  ? t('dataQuality.candidates.byCreditCode')
                  : t('dataQuality.candidates.byName', { score: Math.round(item.score * 100) })}
              </Tag>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
