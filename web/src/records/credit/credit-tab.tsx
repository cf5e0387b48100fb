import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDIT_PROFILE_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { NotPermittedCard, type Shown } from '../../access/not-permitted.tsx';
import { asApiError } from '../../api/api-error.ts';
import { formatDateTime } from '../../format/date.ts';
import { useMoney } from '../../format/use-money.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import type { CreditProfile, CreditProfileInput, PaymentStats } from '../api/record-types.ts';
import { saveCreditProfile } from '../api/records-api.ts';
import { fieldsOf } from '../form/form-fields.ts';
import { RecordFormModal } from '../form/record-form-modal.tsx';
import { useRecordCode } from '../use-record-code.ts';
import { useRecordWrite } from '../use-records.ts';
import { PaymentStatsCard } from './payment-stats-card.tsx';

const PREFIX = 'credit.';
const FIELDS = fieldsOf(CREDIT_PROFILE_RULES, {
  paymentCapacity: { vocabulary: 'capacity' },
  contractPerformance: { vocabulary: 'performance' },
  financialStatusNotes: { widget: 'textarea' },
});

/** Each part is absent (undefined) for readers who may not see confidential figures (C7.3). */
type Props = {
  customerId: number;
  profile: CreditProfile | null | undefined;
  externalCreditRating: string | null | undefined;
  stats: PaymentStats | undefined;
  canEdit: boolean;
};

/**
 * The credit file (C1.8): the payment record computed from the invoices, the customer's
 * external credit rating, and the account team's own judgement (one profile per customer).
 * All of it is confidential: without access the tab shows 无权查看 and offers no edit.
 */
export function CreditTab(props: Props) {
  const { t } = useTranslation();
  if (props.profile === undefined)
    return (
      <Flex vertical gap={16}>
        <PaymentStatsCard stats={props.stats} />
        <NotPermittedCard title={t('records.credit.title')} testId="credit-profile" />
      </Flex>
    );
  return (
    <CreditFile
      {...props}
      profile={props.profile as Shown<CreditProfile> | null}
      externalCreditRating={props.externalCreditRating ?? null}
    />
  );
}

function CreditFile({
  customerId,
  profile,
  externalCreditRating,
  stats,
  canEdit,
}: Omit<Props, 'profile' | 'externalCreditRating'> & {
  profile: Shown<CreditProfile> | null;
  externalCreditRating: string | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const money = useMoney();
  const code = useRecordCode();
  const label = useFieldLabel();
  const [editing, setEditing] = useState(false);
  const save = useRecordWrite(customerId, (values: Record<string, string | null>) =>
    saveCreditProfile(customerId, profile?.version ?? null, values as CreditProfileInput),
  );
  const submit = (values: Record<string, string | null>) => {
    if (profile && Object.keys(values).length === 0) {
      void message.info(t('records.common.noChanges'));
      return;
    }
    save.mutate(values, {
      onSuccess: () => {
        void message.success(t('records.common.saved'));
        setEditing(false);
      },
    });
  };
  const item = (field: keyof CreditProfile, value: string) => ({
    key: field,
    label: label(PREFIX + field),
    children: value,
  });
  return (
    <Flex vertical gap={16}>
      <PaymentStatsCard stats={stats} />
      <Card
        size="small"
        title={t('records.credit.title')}
        data-testid="credit-profile"
        extra={
          canEdit && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => {
                save.reset();
                setEditing(true);
              }}
              data-testid="credit-edit"
            >
              {t(profile ? 'records.credit.edit' : 'records.credit.create')}
            </Button>
          )
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'externalCreditRating',
              label: t('records.credit.externalRating'),
              children: externalCreditRating ?? '—',
            },
            ...(profile
              ? [
                  item('paymentCapacity', code('capacity', profile.paymentCapacity)),
                  item('contractPerformance', code('performance', profile.contractPerformance)),
                  item('creditLimit', money(profile.creditLimit)),
                  {
                    ...item('financialStatusNotes', profile.financialStatusNotes ?? '—'),
                    span: 'filled' as const,
                  },
                ]
              : []),
          ]}
        />
        {profile ? (
          <Typography.Text type="secondary">
            {t('records.credit.updatedAt', { at: formatDateTime(profile.updatedAt) })}
          </Typography.Text>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('records.credit.notSet')} />
        )}
      </Card>
      {editing && (
        <RecordFormModal
          title={t(profile ? 'records.credit.edit' : 'records.credit.create')}
          prefix={PREFIX}
          fields={FIELDS}
          initial={profile}
          saving={save.isPending}
          error={asApiError(save.error, t('error.unknown'))}
          testId="credit-form"
          onSubmit={submit}
          onCancel={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}
