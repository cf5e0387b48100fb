import { App, Button, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { asApiError, isApiError } from '../../api/api-error.ts';
import { PageLoading } from '../../shell/page-loading.tsx';
import { useCustomer, useUpdateCustomer } from '../queries.ts';
import { CustomerForm } from './customer-form.tsx';
import { toChanges, toFormValues } from './form-values.ts';
import { StaleVersionAlert } from './stale-version-alert.tsx';

export function CustomerEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const customer = useCustomer(id);
  const update = useUpdateCustomer();
  // Bumped on reload so the form remounts with the fresh file even if the version looks equal.
  const [generation, setGeneration] = useState(0);

  if (!customer.data) {
    if (!customer.isError) return <PageLoading />;
    return (
      <Result
        status={isApiError(customer.error) && customer.error.status === 404 ? '404' : 'error'}
        title={t('error.loadFailed')}
        subTitle={customer.error.message}
        extra={<Button onClick={() => void navigate('/customers')}>{t('common.back')}</Button>}
      />
    );
  }

  const error = asApiError(update.error, t('error.unknown'));
  const stale = error?.code === 'conflict.stale_version';
  const initial = toFormValues(customer.data);
  const detailPath = `/customers/${id}`;
  const reload = async () => {
    await customer.refetch();
    update.reset();
    setGeneration((n) => n + 1);
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('form.editTitle', { name: customer.data.name })}
      </Typography.Title>
      <CustomerForm
        key={`${customer.data.version}-${generation}`}
        initialValues={initial}
        submitting={update.isPending}
        error={stale ? null : error}
        banner={stale && <StaleVersionAlert onReload={() => void reload()} />}
        onCancel={() => void navigate(detailPath)}
        onSubmit={(values) => {
          const changes = toChanges(values, initial);
          if (Object.keys(changes).length === 0) {
            void message.info(t('form.noChanges'));
            return;
          }
          update.mutate(
            { id, version: customer.data.version, changes },
            {
              onSuccess: () => {
                void message.success(t('form.saved'));
                void navigate(detailPath);
              },
            },
          );
        }}
      />
    </Flex>
  );
}
