import { Alert, App, Form, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamAccessLevel, TeamRole } from '../../../../src/domain/customer-fields.ts';
import { asApiError } from '../../api/api-error.ts';
import { useServerFieldErrors } from '../../forms/use-server-field-errors.ts';
import { useCodeOptions } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { useChangeTeamMember } from './team-queries.ts';
import type { TeamMember } from './team-types.ts';

type Props = { customerId: number; member: TeamMember; onClose: () => void };
type Values = { teamRole: TeamRole; accessLevel: TeamAccessLevel };

const FIELDS = ['teamRole', 'accessLevel'] as const;

/**
 * A member's team role and access level. Only what changed is sent; the server refuses taking
 * away the last manager who may edit, and says so here.
 */
export function ChangeTeamMemberModal({ customerId, member, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const [form] = Form.useForm<Values>();
  const change = useChangeTeamMember(customerId);
  const error = asApiError(change.error, t('error.unknown'));
  const general = useServerFieldErrors(form, error, FIELDS);
  const roleOptions = useCodeOptions('teamRole');
  const levelOptions = useCodeOptions('accessLevel');

  const submit = (values: Values) => {
    const diff = {
      ...(values.teamRole !== member.teamRole ? { teamRole: values.teamRole } : {}),
      ...(values.accessLevel !== member.accessLevel ? { accessLevel: values.accessLevel } : {}),
    };
    if (Object.keys(diff).length === 0) {
      onClose();
      return;
    }
    change.mutate(
      { userId: member.userId, change: diff },
      {
        onSuccess: () => {
          void message.success(t('accountTeam.changed'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('accountTeam.changeTitle', { name: member.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'team-change-submit' } as ButtonProps}
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={general.join('；')}
          style={{ marginBottom: 16 }}
          data-testid="team-change-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          teamRole: member.teamRole as TeamRole,
          accessLevel: member.accessLevel as TeamAccessLevel,
        }}
        onFinish={submit}
      >
        <Form.Item name="teamRole" label={label('teamRole')} rules={[{ required: true }]}>
          <Select options={roleOptions} data-testid="team-change-role" />
        </Form.Item>
        <Form.Item
          name="accessLevel"
          label={label('accessLevel')}
          extra={t('accountTeam.accessHelp')}
          rules={[{ required: true }]}
        >
          <Select options={levelOptions} data-testid="team-change-access" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
