import { Alert, App, Button, Card, Col, Flex, List, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringModel } from '../../../src/domain/scoring/model-types.ts';
import { indicatorsOf } from '../../../src/domain/scoring/model-types.ts';
import { asApiError } from '../api/api-error.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { DimensionEditor } from './dimension-editor.tsx';
import { LabelsInput } from './labels-input.tsx';
import { MeasuresEditor } from './measures-editor.tsx';
import { ModelStatusTag } from './model-status-tag.tsx';
import { newDimension } from './new-model-parts.ts';
import { PreviewPanel } from './preview-panel.tsx';
import { useAdoptVersion, useSaveDraft } from './scoring-queries.ts';
import type { ModelVersion } from './scoring-types.ts';
import { ThresholdsEditor } from './thresholds-editor.tsx';
import { useModelIssues } from './use-model-issues.ts';
import { WhatIfPanel } from './what-if-panel.tsx';

type Props = { version: ModelVersion; mayEdit: boolean };

/**
 * The model editor (issue 4): the whole definition is edited in memory and checked on every
 * change by the domain's validateModel; saving sends it with If-Match on the draft's revision.
 * Adopted and retired versions, and every version for non-committee readers, are read-only.
 */
export function ModelEditor({ version, mayEdit }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message, modal } = App.useApp();
  const [model, setModel] = useState<ScoringModel>(version.definition);
  const [dirty, setDirty] = useState(false);
  const save = useSaveDraft(version.id);
  const adopt = useAdoptVersion();
  const issues = useModelIssues(model);
  const readOnly = !mayEdit || version.status !== 'draft';
  const valid = issues.all.length === 0;
  const saveError = asApiError(save.error, t('error.unknown'));
  const total = indicatorsOf(model).reduce((sum, e) => sum + (e.indicator.weight || 0), 0);

  const edit = (next: ScoringModel) => {
    setModel(next);
    setDirty(true);
  };
  const onSave = () =>
    save.mutate(
      { revision: version.revision, definition: model },
      {
        onSuccess: () => {
          setDirty(false);
          void message.success(t('scoring.editor.saved'));
        },
      },
    );
  const onAdopt = () =>
    void modal.confirm({
      title: t('scoring.editor.adoptTitle', { version: version.version }),
      content: t('scoring.editor.adoptContent'),
      okText: t('scoring.editor.adoptOk'),
      okButtonProps: { 'data-testid': 'adopt-confirm' } as Record<`data-${string}`, string>,
      onOk: () =>
        adopt.mutateAsync(version.id).then(
          () => void message.success(t('scoring.editor.adopted', { version: version.version })),
          (error: Error) => void message.error(error.message),
        ),
    });

  const toolbar = !readOnly && (
    <Flex gap={8}>
      <Button
        type="primary"
        disabled={!valid || !dirty}
        loading={save.isPending}
        onClick={onSave}
        data-testid="model-save"
      >
        {t('scoring.editor.save')}
      </Button>
      <Button disabled={!valid || dirty} onClick={onAdopt} data-testid="model-adopt">
        {t('scoring.editor.adopt')}
      </Button>
    </Flex>
  );

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={8} align="center">
            <span data-testid="model-title">
              {t('scoring.editor.title', { name: model.name[language], version: version.version })}
            </span>
            <ModelStatusTag status={version.status} />
          </Flex>
        }
        extra={toolbar}
      >
        <Flex vertical gap={12}>
          {version.status !== 'draft' && (
            <Alert
              type="info"
              showIcon
              title={t('scoring.editor.readOnly', {
                status: t(`scoring.status.${version.status}`),
              })}
            />
          )}
          {version.status === 'draft' && !mayEdit && (
            <Alert type="info" showIcon title={t('scoring.editor.readOnlyRole')} />
          )}
          {saveError && (
            <Alert
              type="error"
              showIcon
              title={
                saveError.code === 'conflict.stale_version'
                  ? t('scoring.editor.stale')
                  : saveError.message
              }
              description={saveError.issues.map((i) => i.message).join('；') || undefined}
            />
          )}
          <Flex gap={8} align="center" wrap>
            <Tag color={total === 100 ? 'green' : 'red'} data-testid="weight-total">
              {t('scoring.editor.weightTotal', { sum: total })}
            </Tag>
            {!readOnly && (
              <Typography.Text type={valid ? 'success' : 'danger'} data-testid="model-validity">
                {valid
                  ? t('scoring.editor.valid')
                  : t('scoring.editor.invalid', { count: issues.all.length })}
              </Typography.Text>
            )}
          </Flex>
          {!valid && (
            <List
              size="small"
              bordered
              header={t('scoring.editor.issues')}
              dataSource={issues.all}
              data-testid="model-issues"
              renderItem={(issue) => (
                <List.Item>
                  <Typography.Text type="danger">{issue.message}</Typography.Text>
                </List.Item>
              )}
            />
          )}
          <div style={{ maxWidth: 480 }}>
            <Typography.Text strong>{t('scoring.editor.modelName')}</Typography.Text>
            <LabelsInput
              value={model.name}
              at="name"
              issues={issues}
              readOnly={readOnly}
              onChange={(name) => edit({ ...model, name })}
            />
          </div>
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={15}>
          <Flex vertical gap={16}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('scoring.editor.dimensions')}
            </Typography.Title>
            {model.dimensions.map((_, d) => (
              <DimensionEditor
                key={d}
                model={model}
                index={d}
                issues={issues}
                readOnly={readOnly}
                onChange={(next) =>
                  edit({
                    ...model,
                    dimensions: model.dimensions.map((old, j) => (j === d ? next : old)),
                  })
                }
                onRemove={() =>
                  edit({ ...model, dimensions: model.dimensions.filter((_, j) => j !== d) })
                }
              />
            ))}
            {!readOnly && (
              <div>
                <Button
                  onClick={() =>
                    edit({ ...model, dimensions: [...model.dimensions, newDimension(model)] })
                  }
                >
                  {t('scoring.editor.addDimension')}
                </Button>
              </div>
            )}
            <ThresholdsEditor
              value={model.thresholds}
              issues={issues}
              readOnly={readOnly}
              onChange={(thresholds) => edit({ ...model, thresholds })}
            />
            <MeasuresEditor
              model={model}
              issues={issues}
              readOnly={readOnly}
              onChange={(measures) => edit({ ...model, measures })}
            />
          </Flex>
        </Col>
        <Col xs={24} xxl={9}>
          <Flex vertical gap={16}>
            <PreviewPanel model={model} valid={valid} />
            {(mayEdit || version.status !== 'adopted') && (
              <WhatIfPanel versionId={version.id} dirty={dirty} />
            )}
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
