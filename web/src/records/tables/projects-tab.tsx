import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROJECT_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { shownOr } from '../../access/not-permitted.tsx';
import { useMoney } from '../../format/use-money.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import type { Project, ProjectInput } from '../api/record-types.ts';
import { recordsApi } from '../api/records-api.ts';
import { fieldsOf } from '../form/form-fields.ts';
import { useRecordCode } from '../use-record-code.ts';
import { RecordTab } from './record-tab.tsx';

const PREFIX = 'project.';
const FIELDS = fieldsOf(PROJECT_RULES, {
  phase: { vocabulary: 'projectPhase' },
  status: { vocabulary: 'projectStatus' },
  biddingMethod: { vocabulary: 'biddingMethod' },
  priceLevel: { vocabulary: 'priceLevel' },
  contractHabits: { widget: 'textarea' },
  notes: { widget: 'textarea' },
});

const PHASE_COLORS: Record<Project['phase'], string> = {
  ongoing: 'processing',
  upcoming: 'purple',
  past: 'default',
};

/** Past, ongoing and upcoming projects and contracts (C1.7): ongoing first. */
export function ProjectsTab({ customerId, active }: { customerId: number; active: boolean }) {
  const { t } = useTranslation();
  // Values and price level are confidential (C7.3): 无权查看 where they are withheld.
  const money = shownOr(useMoney());
  const code = useRecordCode();
  const priceLevel = shownOr((level: string | null) => code('priceLevel', level));
  const label = useFieldLabel();
  const title = (field: string) => label(PREFIX + field);
  const api = recordsApi.projects;
  return (
    <RecordTab<Project>
      customerId={customerId}
      kind="projects"
      active={active}
      prefix={PREFIX}
      fields={FIELDS}
      titles={{
        add: t('records.projects.addTitle'),
        edit: t('records.projects.editTitle'),
        empty: t('records.projects.empty'),
      }}
      list={(page) => api.list(customerId, page)}
      create={(values) => api.create(customerId, values as ProjectInput)}
      update={(item, values) =>
        api.update(customerId, item.id, String(item.version), values as ProjectInput)
      }
      columns={[
        { key: 'name', dataIndex: 'name', title: title('name'), ellipsis: true },
        {
          key: 'phase',
          dataIndex: 'phase',
          title: title('phase'),
          width: 90,
          render: (phase: Project['phase']) => (
            <Tag color={PHASE_COLORS[phase]}>{code('projectPhase', phase)}</Tag>
          ),
        },
        {
          key: 'status',
          dataIndex: 'status',
          title: title('status'),
          width: 90,
          render: (status: string) => code('projectStatus', status),
        },
        {
          key: 'contractValue',
          dataIndex: 'contractValue',
          title: title('contractValue'),
          align: 'right',
          render: money,
        },
        {
          key: 'expectedFollowOnValue',
          dataIndex: 'expectedFollowOnValue',
          title: title('expectedFollowOnValue'),
          align: 'right',
          render: money,
        },
        {
          key: 'biddingMethod',
          dataIndex: 'biddingMethod',
          title: title('biddingMethod'),
          render: (method: string | null) => code('biddingMethod', method),
        },
        {
          key: 'priceLevel',
          dataIndex: 'priceLevel',
          title: title('priceLevel'),
          width: 90,
          render: priceLevel,
        },
        {
          key: 'period',
          title: `${title('startOn')} – ${title('endOn')}`,
          render: (_, p) =>
            p.startOn || p.endOn ? `${p.startOn ?? '…'} – ${p.endOn ?? '…'}` : '—',
        },
      ]}
    />
  );
}
