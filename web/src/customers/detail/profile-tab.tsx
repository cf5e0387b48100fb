import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotPermitted } from '../../access/not-permitted.tsx';
import type { Customer, OrgUnitRef } from '../../api/types.ts';
import { formatDateTime } from '../../format/date.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { CUSTOMER_FIELD_GROUPS, LONG_TEXT_FIELDS } from '../customer-field-groups.ts';
import { useFieldValue } from '../use-field-value.ts';

type Props = { customer: Customer; orgUnit: OrgUnitRef };

export function ProfileTab({ customer, orgUnit }: Props) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const show = useFieldValue((id) => (id === orgUnit.id ? orgUnit.name : undefined));
  const values = customer as unknown as Record<string, unknown>;

  return (
    <Flex vertical gap={24}>
      {CUSTOMER_FIELD_GROUPS.map((group) => (
        <Descriptions
          key={group.key}
          title={t(`detail.groups.${group.key}`)}
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            ...group.fields.map((field) => ({
              key: field,
              label: fieldLabel(field),
              span: LONG_TEXT_FIELDS.has(field) ? ('filled' as const) : 1,
              // Absent is not empty: a field withheld by the field rules (C7.3) says 无权查看.
              children:
                values[field] === undefined ? (
                  <NotPermitted />
                ) : (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{show(field, values[field])}</span>
                ),
            })),
            ...(group.key === 'business' && customer.creditCodeCheckWaiver
              ? [
                  {
                    key: 'creditCodeCheckWaiver',
                    label: fieldLabel('creditCodeCheckWaiver'),
                    span: 'filled' as const,
                    children: customer.creditCodeCheckWaiver,
                  },
                ]
              : []),
          ]}
        />
      ))}
      <Typography.Text type="secondary">
        {t('common.createdAt')} {formatDateTime(customer.createdAt)} · {t('common.updatedAt')}{' '}
        {formatDateTime(customer.updatedAt)} · {t('common.version')} {customer.version}
      </Typography.Text>
    </Flex>
  );
}
