import { Alert, Button, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error.ts';
import { listCustomers } from '../../api/customers.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { setGroupParent } from '../api/records-api.ts';
import { useRecordWrite } from '../use-records.ts';

type Props = {
  customerId: number;
  version: number;
  current: { id: number; name: string } | null;
  /** In a group (perhaps one the user cannot see): offer taking it out. */
  hasParent: boolean;
  onDone: () => void;
  onCancel: () => void;
};

/**
 * Picks the group a customer belongs to among the customers the user may read (the server
 * checks the same, and refuses loops). Searching goes through the scoped customer list.
 */
export function GroupParentModal(props: Props) {
  const { customerId, version, current, hasParent, onDone, onCancel } = props;
  const { t } = useTranslation();
  const label = useFieldLabel();
  const [q, setQ] = useState('');
  const [parentId, setParentId] = useState<number | null>(current?.id ?? null);
  const search = useQuery({
    queryKey: ['customers', 'list', { q, pageSize: 20, purpose: 'group-parent' }],
    queryFn: () => listCustomers({ q: q || undefined, pageSize: 20 }),
    enabled: q.trim().length > 0,
  });
  const save = useRecordWrite(customerId, (id: number | null) =>
    setGroupParent(customerId, version, id),
  );
  const options = [
    ...(current ? [{ value: current.id, label: current.name }] : []),
    ...(search.data?.items ?? [])
      .filter((c) => c.id !== customerId && c.id !== current?.id)
      .map((c) => ({ value: c.id, label: c.name })),
  ];
  const error = asApiError(save.error, t('error.unknown'));
  return (
    <Modal
      open
      title={t('records.group.setParent')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      // Saving the value already there would change nothing; a hidden group is never "cleared"
      // by pressing OK on an empty box, only by the explicit button.
      okButtonProps={{ disabled: parentId === (current?.id ?? null) }}
      onOk={() => save.mutate(parentId, { onSuccess: onDone })}
      onCancel={onCancel}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {hasParent && (
            <Button
              danger
              loading={save.isPending}
              onClick={() => save.mutate(null, { onSuccess: onDone })}
              data-testid="group-parent-clear"
            >
              {t('records.group.clearParent')}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.issues[0]?.message ?? error.message}
          style={{ marginBottom: 16 }}
        />
      )}
      <Select<number>
        showSearch={{ filterOption: false, onSearch: setQ }}
        allowClear
        style={{ width: '100%' }}
        aria-label={label('parentCustomerId')}
        placeholder={t('records.group.pickParent')}
        value={parentId ?? undefined}
        onChange={(value) => setParentId(value ?? null)}
        loading={search.isFetching}
        options={options}
        data-testid="group-parent-select"
      />
    </Modal>
  );
}
