import { App, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { asApiError } from '../../api/api-error.ts';
import { useSignedInUser } from '../../auth/use-me.ts';
import { useGoBack } from '../../shell/use-go-back.ts';
import { useCreateCustomer } from '../queries.ts';
import { CustomerForm } from './customer-form.tsx';
import { DuplicateCandidatesAlert } from '../../data-quality/duplicate-candidates-alert.tsx';
import { toCreateInput } from './form-values.ts';

export function CustomerCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const goBack = useGoBack('/customers');
  const me = useSignedInUser();
  const create = useCreateCustomer();

  if (!me.permissions.createCustomer) {
    return <Result status="403" title={t('form.createTitle')} subTitle={t('error.forbidden')} />;
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('form.createTitle')}
      </Typography.Title>
      <CustomerForm
        // New files start in the user's own unit, which is where most of them belong.
        initialValues={{ orgUnitId: me.orgUnit.id }}
        banner={<DuplicateCandidatesAlert />}
        submitting={create.isPending}
        error={asApiError(create.error, t('error.unknown'))}
        onCancel={goBack}
        onSubmit={(values) =>
          create.mutate(toCreateInput(values), {
            onSuccess: (customer) => {
              void message.success(t('form.created'));
              void navigate(`/customers/${customer.id}`, { replace: true });
            },
          })
        }
      />
    </Flex>
  );
}
