import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { useServerFormErrors } from '../forms/use-server-form-errors.ts';

type FormModalProps<Values> = {
  form: FormInstance<Values>;
  title: ReactNode;
  okText: string;
  /** The mutation is in flight: the OK button spins and cannot be pressed twice. */
  pending: boolean;
  submitTestId: string;
  /**
   * Sends the values. Resolving closes the modal; a refusal puts the server's words under the
   * fields it names and the rest in a message, and the modal stays open to correct.
   */
  onSubmit: (values: Values) => Promise<void>;
  onClose: () => void;
  open?: boolean;
  okDisabled?: boolean;
  /** Refusals the modal already explains in its own content (e.g. 403 beside a warning). */
  silentStatuses?: readonly number[];
  /** Shown above the form: what is being decided, and about whom. */
  header?: ReactNode;
  formProps?: Pick<FormProps<Values>, 'initialValues' | 'preserve'>;
  destroyOnHidden?: boolean;
  children: ReactNode;
};

/**
 * The small decision forms of the tier cycle (new run, override, appeal, answer, assignment):
 * one vertical form in a modal, submitted by the modal's OK button, closed when the server
 * accepts, kept open with the server's errors where it refuses.
 */
export function FormModal<Values>(props: FormModalProps<Values>) {
  const { t } = useTranslation();
  const showErrors = useServerFormErrors(props.form);

  const submit = async (values: Values) => {
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (error) {
      const silent = isApiError(error) && (props.silentStatuses ?? []).includes(error.status);
      if (!silent) showErrors(error);
    }
  };

  return (
    <Modal
      open={props.open ?? true}
      title={props.title}
      onCancel={props.onClose}
      onOk={() => props.form.submit()}
      okText={props.okText}
      cancelText={t('common.cancel')}
      confirmLoading={props.pending}
      okButtonProps={{ disabled: props.okDisabled, 'data-testid': props.submitTestId }}
      destroyOnHidden={props.destroyOnHidden}
    >
      {props.header}
      <Form<Values>
        form={props.form}
        layout="vertical"
        {...props.formProps}
        onFinish={(values) => void submit(values)}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
