import { Flex, Input } from 'antd';
import { LOCALES, type Localised } from '../../../src/domain/i18n/locale.ts';
import { IssueField } from './issue-field.tsx';
import type { ModelIssues } from './use-model-issues.ts';
import styles from './scoring-models.module.css';

type Props = {
  value: Localised;
  at: string;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: Localised) => void;
  testId?: string;
};

const ADDONS: Record<(typeof LOCALES)[number], string> = { 'zh-CN': '简', 'zh-TW': '繁', en: 'EN' };

/** The three labels every name of the model carries (zh-CN first: the default language). */
export function LabelsInput({ value, at, issues, readOnly, onChange, testId }: Props) {
  return (
    <Flex vertical gap={0}>
      {LOCALES.map((locale) => (
        <IssueField key={locale} issues={issues.at(`${at}.${locale}`)}>
          <Input
            size="small"
            prefix={<span className={styles.localeTag}>{ADDONS[locale]}</span>}
            value={value[locale]}
            readOnly={readOnly}
            onChange={(event) => onChange({ ...value, [locale]: event.target.value })}
            data-testid={testId ? `${testId}-${locale}` : undefined}
          />
        </IssueField>
      ))}
    </Flex>
  );
}
