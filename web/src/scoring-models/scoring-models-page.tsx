import { Alert, App, Button, Card, Flex, Popconfirm, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_MODEL } from '../../../src/domain/scoring/default-model.ts';
import { formatDateTime } from '../format/date.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ModelStatusTag } from './model-status-tag.tsx';
import { useCreateDraft, useDeleteDraft, useModelVersions } from './scoring-queries.ts';
import type { ModelVersionSummary } from './scoring-types.ts';
import styles from './scoring-models.module.css';

/**
 * 评分模型: the versions of the scoring model, newest first, the adopted one highlighted
 * (C2.1). The committee copies a version into a draft and edits it; the director and the
 * auditor read every version; everyone else sees the policy in force.
 */
export function ScoringModelsPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const list = useModelVersions();
  const create = useCreateDraft();
  const remove = useDeleteDraft();
  const mayEdit = list.data?.mayEdit ?? false;

  const open = (id: number) => void navigate(`/scoring-models/${id}`);
  const copy = (input: { copyFrom: number } | { definition: typeof DEFAULT_MODEL }) =>
    create.mutate(input, {
      onSuccess: (draft) => {
        void message.success(t('scoring.list.copied'));
        open(draft.id);
      },
      onError: (error) => void message.error(error.message),
    });

  const columns: ColumnsType<ModelVersionSummary> = [
    { title: t('scoring.list.name'), key: 'name', render: (_, row) => row.name[language] },
    { title: t('scoring.list.version'), dataIndex: 'version', width: 80 },
    {
      title: t('scoring.list.status'),
      key: 'status',
      width: 100,
      render: (_, row) => <ModelStatusTag status={row.status} />,
    },
    {
      title: t('scoring.list.createdAt'),
      key: 'createdAt',
      render: (_, row) => formatDateTime(row.createdAt),
    },
    {
      title: t('scoring.list.adoptedAt'),
      key: 'adoptedAt',
      render: (_, row) => formatDateTime(row.adoptedAt),
    },
    {
      title: t('scoring.list.retiredAt'),
      key: 'retiredAt',
      render: (_, row) => formatDateTime(row.retiredAt),
    },
    {
      title: '',
      key: 'actions',
      render: (_, row) => (
        <Flex gap={8} wrap>
          <Button size="small" onClick={() => open(row.id)} data-testid={`model-open-${row.id}`}>
            {t(mayEdit && row.status === 'draft' ? 'scoring.list.edit' : 'scoring.list.open')}
          </Button>
          {mayEdit && (
            <Button
              size="small"
              loading={create.isPending}
              onClick={() => copy({ copyFrom: row.id })}
              data-testid={`model-copy-${row.id}`}
            >
              {t('scoring.list.copy')}
            </Button>
          )}
          {mayEdit && row.status === 'draft' && (
            <Popconfirm
              title={t('scoring.list.deleteConfirm')}
              onConfirm={() =>
                remove.mutate(
                  { id: row.id, revision: row.revision },
                  {
                    onSuccess: () => void message.success(t('scoring.list.deleted')),
                    onError: (error) => void message.error(error.message),
                  },
                )
              }
            >
              <Button size="small" danger data-testid={`model-delete-${row.id}`}>
                {t('scoring.list.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={t('scoring.list.title')} data-testid="scoring-models-page">
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary">{t('scoring.list.intro')}</Typography.Paragraph>
        {list.data && !mayEdit && (
          <Alert type="info" showIcon title={t('scoring.list.readOnlyNotice')} />
        )}
        {list.isError && <Alert type="error" showIcon title={list.error.message} />}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={false}
          rowClassName={(row) => (row.status === 'adopted' ? styles.adoptedRow! : '')}
          locale={{ emptyText: t('scoring.list.empty') }}
          data-testid="model-version-table"
        />
        {mayEdit && list.data?.items.length === 0 && (
          <div>
            <Button type="primary" onClick={() => copy({ definition: DEFAULT_MODEL })}>
              {t('scoring.list.createDefault')}
            </Button>
          </div>
        )}
      </Flex>
    </Card>
  );
}
