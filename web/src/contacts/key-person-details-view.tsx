import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KEY_PERSON_PRIVATE_FIELDS } from '../../../src/domain/validation/key-person-rules.ts';
import { formatDateTime } from '../format/date.ts';
import { useFieldLabel } from '../i18n/use-field-label.ts';
import type { KeyPersonDetails } from './contact-types.ts';

/** The decrypted details; shown only after the (audited) request for them. */
export function KeyPersonDetailsView({ details }: { details: KeyPersonDetails }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const text = (value: string | null) => (
    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
      {value ?? t('common.empty')}
    </Typography.Text>
  );
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="key-person-view"
      items={[
        ...KEY_PERSON_PRIVATE_FIELDS.map((field) => ({
          key: field,
          label: label(`keyPerson.${field}`),
          children: text(details[field]),
        })),
        { key: 'purpose', label: label('keyPerson.purpose'), children: text(details.purpose) },
        {
          key: 'consent',
          label: t('contacts.keyPerson.consent'),
          children: `${t(`contacts.consentBasis.${details.consentBasis}`)} · ${details.consentAt}`,
        },
        {
          key: 'updatedAt',
          label: t('contacts.keyPerson.updatedAt'),
          children: formatDateTime(details.updatedAt),
        },
      ]}
    />
  );
}
