import { Checkbox, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerListQuery } from '../../api/types.ts';
import { useSegmentValues } from '../../data-quality/data-quality-queries.ts';
import { useCodeOptions } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';

type Props = { query: CustomerListQuery; onChange: (changes: Partial<CustomerListQuery>) => void };

/** The keys these filters set, so "reset" can clear them too. */
export const CLASSIFICATION_FILTER_KEYS = [
  'kaClass',
  'relationshipLevel',
  'relationshipStage',
  'needsSegment',
  'valueSegment',
  'completenessBelow',
  'notReviewedThisQuarter',
] as const satisfies readonly (keyof CustomerListQuery)[];

const COMPLETENESS_STEPS = [30, 50, 60, 80, 100];

/** C1.2 classification and C1.11 data-quality filters of the customer list (server-side). */
export function ClassificationFilters({ query, onChange }: Props) {
  const { t } = useTranslation();
  const field = useFieldLabel();
  const segments = useSegmentValues();
  const kaClasses = useCodeOptions('kaClass');
  const levels = useCodeOptions('relationshipLevel');
  const stages = useCodeOptions('relationshipStage');
  const select = <K extends keyof CustomerListQuery>(key: K, value: unknown) =>
    onChange({ [key]: value ?? undefined } as Partial<CustomerListQuery>);
  const options = (values: string[] | undefined) =>
    (values ?? []).map((v) => ({ value: v, label: v }));

  return (
    <>
      <Select
        allowClear
        placeholder={field('kaClass')}
        value={query.kaClass}
        options={kaClasses}
        onChange={(value) => select('kaClass', value)}
        style={{ width: 140 }}
        data-testid="filter-ka-class"
      />
      <Select
        allowClear
        placeholder={field('relationshipLevel')}
        value={query.relationshipLevel}
        options={levels}
        onChange={(value) => select('relationshipLevel', value)}
        style={{ width: 140 }}
        data-testid="filter-relationship-level"
      />
      <Select
        allowClear
        placeholder={field('relationshipStage')}
        value={query.relationshipStage}
        options={stages}
        onChange={(value) => select('relationshipStage', value)}
        style={{ width: 140 }}
        data-testid="filter-relationship-stage"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={field('needsSegment')}
        value={query.needsSegment}
        options={options(segments.data?.needsSegments)}
        loading={segments.isPending}
        onChange={(value) => select('needsSegment', value)}
        style={{ width: 140 }}
        popupMatchSelectWidth={false}
        data-testid="filter-needs-segment"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={field('valueSegment')}
        value={query.valueSegment}
        options={options(segments.data?.valueSegments)}
        loading={segments.isPending}
        onChange={(value) => select('valueSegment', value)}
        style={{ width: 140 }}
        popupMatchSelectWidth={false}
        data-testid="filter-value-segment"
      />
      <Select
        allowClear
        placeholder={t('dataQuality.list.completenessBelow')}
        value={query.completenessBelow}
        options={COMPLETENESS_STEPS.map((n) => ({
          value: n,
          label: `${t('dataQuality.list.completenessBelow')} ${n}%`,
        }))}
        onChange={(value) => select('completenessBelow', value)}
        style={{ width: 160 }}
        data-testid="filter-completeness"
      />
      <Checkbox
        checked={query.notReviewedThisQuarter === 'true'}
        onChange={(event) =>
          select('notReviewedThisQuarter', event.target.checked ? 'true' : undefined)
        }
        style={{ alignSelf: 'center' }}
        data-testid="filter-not-reviewed"
      >
        {t('dataQuality.list.notReviewed')}
      </Checkbox>
    </>
  );
}
