import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { splitServerErrors } from './split-server-errors.ts';

/**
 * For a small form that handles a refusal where it submits (a modal): returns the handler
 * that puts each issue naming one of the form's fields under that field and shows the
 * server's localised summary as a message. The server has the rules; this only puts its
 * words where the user looks.
 */
export function useServerFormErrors(form: FormInstance) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (thrown: unknown) => {
    const error = asApiError(thrown, t('error.unknown'));
    if (!error) return;
    const fields = new Set(Object.keys(form.getFieldsValue(true) as object));
    const split = splitServerErrors(error, fields);
    form.setFields(split.fieldErrors.map(({ name, errors }) => ({ name, errors })));
    void message.error(split.general.join('；'));
  };
}
