import { Alert, App, Form, Modal, Select, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultAccessLevel } from '../../../../src/domain/account-team.ts';
import type { TeamAccessLevel, TeamRole } from '../../../../src/domain/customer-fields.ts';
import { asApiError } from '../../api/api-error.ts';
import { useServerFieldErrors } from '../../forms/use-server-field-errors.ts';
import { useCodeLabel, useCodeOptions } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { useAddTeamMember, useTeamCandidates } from './team-queries.ts';
import type { TeamCandidate } from './team-types.ts';

type Props = { customerId: number; onClose: () => void };
type Values = { userId?: number; teamRole: TeamRole; accessLevel: TeamAccessLevel };

const FIELDS = ['userId', 'teamRole', 'accessLevel'] as const;

/**
 * Puts a colleague on the team. The picker lists whom the server would accept (active, working
 * on accounts, not on the team yet); the access level follows the team role until chosen.
 */
export function AddTeamMemberModal({ customerId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const code = useCodeLabel();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const [levelChosen, setLevelChosen] = useState(false);
  const candidates = useTeamCandidates(customerId, q, true);
  const add = useAddTeamMember(customerId);
  const error = asApiError(add.error, t('error.unknown'));
  const general = useServerFieldErrors(form, error, FIELDS);
  const roleOptions = useCodeOptions('teamRole');
  const levelOptions = useCodeOptions('accessLevel');

  const optionLabel = (c: TeamCandidate) =>
    `${c.displayName}（${c.username}）· ${c.orgUnit.name} · ${c.roles.map((r) => code('role', r)).join('、')}`;

  const submit = (values: Values) => {
    if (values.userId === undefined) return;
    add.mutate(
      { userId: values.userId, teamRole: values.teamRole, accessLevel: values.accessLevel },
      {
        onSuccess: () => {
          void message.success(t('accountTeam.added'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('accountTeam.addTitle')}
      okText={t('accountTeam.add')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'team-add-submit' } as ButtonProps}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={general.join('；')}
          style={{ marginBottom: 16 }}
          data-testid="team-add-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ teamRole: 'support', accessLevel: defaultAccessLevel('support') }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.accessLevel) setLevelChosen(true);
          if (changed.teamRole && !levelChosen)
            form.setFieldValue('accessLevel', defaultAccessLevel(changed.teamRole));
        }}
        onFinish={submit}
      >
        <Form.Item
          name="userId"
          label={label('userId')}
          rules={[{ required: true, message: t('accountTeam.memberPlaceholder') }]}
        >
          <Select<number>
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t('accountTeam.memberPlaceholder')}
            loading={candidates.isFetching}
            notFoundContent={
              <Typography.Text type="secondary">{t('accountTeam.noCandidates')}</Typography.Text>
            }
            options={(candidates.data ?? []).map((c) => ({
              value: c.userId,
              label: optionLabel(c),
            }))}
            data-testid="team-add-user"
          />
        </Form.Item>
        <Form.Item name="teamRole" label={label('teamRole')} rules={[{ required: true }]}>
          <Select options={roleOptions} data-testid="team-add-role" />
        </Form.Item>
        <Form.Item
          name="accessLevel"
          label={label('accessLevel')}
          extra={t('accountTeam.accessHelp')}
          rules={[{ required: true }]}
        >
          <Select options={levelOptions} data-testid="team-add-access" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
