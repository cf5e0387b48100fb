import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMergedInto } from './data-quality-queries.ts';

/**
 * A merged file answers 404 (it left every list and read, C1.11). When the viewer may follow it,
 * this says where it went; otherwise it shows `fallback`, the ordinary not-found page.
 */
export function MergedCustomerResult({ id, fallback }: { id: number; fallback: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pointer = useMergedInto(id, true);
  if (pointer.isPending) return null;
  if (!pointer.data) return fallback;
  return (
    <Result
      status="info"
      title={t('dataQuality.merged.title')}
      subTitle={t('dataQuality.merged.body', { name: pointer.data.mergedIntoName })}
      data-testid="customer-merged"
      extra={
        <Button
          type="primary"
          onClick={() =>
            void navigate(`/customers/${pointer.data.mergedIntoId}`, { replace: true })
          }
        >
          {t('dataQuality.merged.open')}
        </Button>
      }
    />
  );
}
