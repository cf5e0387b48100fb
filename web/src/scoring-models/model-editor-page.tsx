import { Breadcrumb, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../shell/page-loading.tsx';
import { ModelEditor } from './model-editor.tsx';
import { useModelVersion, useModelVersions } from './scoring-queries.ts';

/** /scoring-models/:id — one version, editable when it is a draft and the viewer is the committee. */
export function ModelEditorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const version = useModelVersion(id);
  const list = useModelVersions();
  if (version.isError) {
    return (
      <Result
        status="404"
        title={version.error.message}
        extra={
          <Link to="/scoring-models">
            <Button>{t('scoring.editor.back')}</Button>
          </Link>
        }
      />
    );
  }
  if (!version.data || !list.data) return <PageLoading />;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[
          { title: <Link to="/scoring-models">{t('scoring.nav')}</Link> },
          { title: `${version.data.modelKey} · ${version.data.version}` },
        ]}
      />
      {/* Keyed by revision: a save or a refetch starts the editor from the stored definition. */}
      <ModelEditor
        key={`${version.data.id}-${version.data.revision}-${version.data.status}`}
        version={version.data}
        mayEdit={list.data.mayEdit}
      />
    </>
  );
}
