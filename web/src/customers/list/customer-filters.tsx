import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, type InputRef, Select, Space, TreeSelect } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListQuery } from '../../api/types.ts';
import { useCodeOptions } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { buildOrgUnitTree } from '../org-unit-tree.ts';
import { useOrgUnits } from '../queries.ts';
import { CLASSIFICATION_FILTER_KEYS, ClassificationFilters } from './classification-filters.tsx';

type Props = { query: CustomerListQuery; onChange: (changes: Partial<CustomerListQuery>) => void };

export function CustomerFilters({ query, onChange }: Props) {
  const { t } = useTranslation();
  const field = useFieldLabel();
  const orgUnits = useOrgUnits();
  const industries = useCodeOptions('industry');
  const tiers = [...useCodeOptions('tier'), { value: 'none', label: t('list.tierNone') }];
  const kaLevels = useCodeOptions('kaLevel');
  const lifecycles = useCodeOptions('lifecycleStatus');
  // The box is a draft: the URL (and so the server query) changes only on Enter or the button.
  const searchBox = useRef<InputRef>(null);
  const search = () => onChange({ q: searchBox.current?.input?.value.trim() || undefined });

  const select = <K extends keyof CustomerListQuery>(key: K, value: unknown) =>
    onChange({ [key]: value ?? undefined } as Partial<CustomerListQuery>);

  return (
    <Flex wrap gap={12}>
      {/* Keyed by the URL's value: back/forward resets the draft to what was searched. */}
      <Space.Compact key={query.q ?? ''} style={{ width: 360 }}>
        <Input
          ref={searchBox}
          defaultValue={query.q}
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('list.search')}
          onPressEnter={search}
          // Clearing the box shows everything again at once; typing waits for Enter.
          onChange={(event) => event.target.value === '' && query.q && search()}
          data-testid="customer-search"
        />
        <Button type="primary" onClick={search} data-testid="customer-search-submit">
          {t('list.searchButton')}
        </Button>
      </Space.Compact>
      <TreeSelect
        allowClear
        showSearch
        treeDefaultExpandAll
        placeholder={field('orgUnitId')}
        value={query.orgUnitId}
        treeData={orgUnits.data ? buildOrgUnitTree(orgUnits.data) : []}
        loading={orgUnits.isPending}
        treeNodeFilterProp="title"
        onChange={(value: number | undefined) => select('orgUnitId', value)}
        style={{ width: 200 }}
        data-testid="filter-org-unit"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={field('industry')}
        value={query.industry}
        options={industries}
        onChange={(value) => select('industry', value)}
        style={{ width: 240 }}
        popupMatchSelectWidth={false}
        data-testid="filter-industry"
      />
      <Select
        allowClear
        placeholder={field('tier')}
        value={query.tier}
        options={tiers}
        onChange={(value) => select('tier', value)}
        style={{ width: 120 }}
        data-testid="filter-tier"
      />
      <Select
        allowClear
        placeholder={field('kaLevel')}
        value={query.kaLevel}
        options={kaLevels}
        onChange={(value) => select('kaLevel', value)}
        style={{ width: 140 }}
        data-testid="filter-ka-level"
      />
      <Select
        allowClear
        placeholder={field('lifecycleStatus')}
        value={query.lifecycleStatus}
        options={lifecycles}
        onChange={(value) => select('lifecycleStatus', value)}
        style={{ width: 150 }}
        data-testid="filter-lifecycle"
      />
      <ClassificationFilters query={query} onChange={onChange} />
      <Button
        onClick={() =>
          onChange({
            q: undefined,
            orgUnitId: undefined,
            industry: undefined,
            tier: undefined,
            kaLevel: undefined,
            lifecycleStatus: undefined,
            ...Object.fromEntries(CLASSIFICATION_FILTER_KEYS.map((key) => [key, undefined])),
          })
        }
      >
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
