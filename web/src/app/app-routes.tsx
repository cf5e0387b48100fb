import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/require-auth.tsx';
import { AppShell } from '../shell/app-shell.tsx';
import { PageLoading } from '../shell/page-loading.tsx';

// Each screen is its own chunk; the sign-in page does not pay for the customer screens.
const LoginPage = lazy(() =>
  import('../auth/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const CustomerListPage = lazy(() =>
  import('../customers/list/customer-list-page.tsx').then((m) => ({
    default: m.CustomerListPage,
  })),
);
const Customer360Page = lazy(() =>
  import('../customers/detail/customer-360-page.tsx').then((m) => ({
    default: m.Customer360Page,
  })),
);
const CustomerCreatePage = lazy(() =>
  import('../customers/form/customer-create-page.tsx').then((m) => ({
    default: m.CustomerCreatePage,
  })),
);
const CustomerEditPage = lazy(() =>
  import('../customers/form/customer-edit-page.tsx').then((m) => ({
    default: m.CustomerEditPage,
  })),
);

const DataQualityPage = lazy(() =>
  import('../data-quality/data-quality-page.tsx').then((m) => ({ default: m.DataQualityPage })),
);

const ImportPage = lazy(() =>
  import('../import/import-page.tsx').then((m) => ({ default: m.ImportPage })),
);

const ScoringModelsPage = lazy(() =>
  import('../scoring-models/scoring-models-page.tsx').then((m) => ({
    default: m.ScoringModelsPage,
  })),
);
const ModelEditorPage = lazy(() =>
  import('../scoring-models/model-editor-page.tsx').then((m) => ({ default: m.ModelEditorPage })),
);

const RunListPage = lazy(() =>
  import('../scoring/run-list-page.tsx').then((m) => ({ default: m.RunListPage })),
);
const RunDetailPage = lazy(() =>
  import('../scoring/run-detail-page.tsx').then((m) => ({ default: m.RunDetailPage })),
);
const MyAppealsPage = lazy(() =>
  import('../scoring/my-appeals-page.tsx').then((m) => ({ default: m.MyAppealsPage })),
);

const SecuritySettingsPage = lazy(() =>
  import('../security-settings/security-settings-page.tsx').then((m) => ({
    default: m.SecuritySettingsPage,
  })),
);

const PrivacyRegisterPage = lazy(() =>
  import('../privacy/privacy-register-page.tsx').then((m) => ({ default: m.PrivacyRegisterPage })),
);

const AuditLogPage = lazy(() =>
  import('../audit/audit-log-page.tsx').then((m) => ({ default: m.AuditLogPage })),
);

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppShell />}>
            <Route index element={<Navigate to="/customers" replace />} />
            <Route path="/customers" element={<CustomerListPage />} />
            <Route path="/customers/new" element={<CustomerCreatePage />} />
            <Route path="/customers/:id" element={<Customer360Page />} />
            <Route path="/customers/:id/edit" element={<CustomerEditPage />} />
            <Route path="/data-quality" element={<DataQualityPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/scoring-models" element={<ScoringModelsPage />} />
            <Route path="/scoring-models/:id" element={<ModelEditorPage />} />
            <Route path="/scoring/runs" element={<RunListPage />} />
            <Route path="/scoring/runs/:id" element={<RunDetailPage />} />
            <Route path="/scoring/appeals/mine" element={<MyAppealsPage />} />
            <Route path="/audit" element={<AuditLogPage />} />
            <Route path="/privacy" element={<PrivacyRegisterPage />} />
            <Route path="/security" element={<SecuritySettingsPage />} />
            <Route path="*" element={<Navigate to="/customers" replace />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
