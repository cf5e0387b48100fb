import { useQueryClient } from '@tanstack/react-query';
import { Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { setAgreementRequiredHandler } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { AgreementPage } from '../confidentiality/agreement-page.tsx';
import { PageLoading } from '../shell/page-loading.tsx';
import { SecondFactorPage } from './second-factor-page.tsx';
import { TotpEnrolmentPage } from './totp-enrolment-page.tsx';
import { useMe } from './use-me.ts';

/**
 * Screens below need a session; without one the user goes to /login and comes back after.
 * A session still lacking its second factor shows only the code step (两步验证), or the set-up
 * of an authenticator when the user's role requires one and none exists. A user who has not accepted the confidentiality agreement (保密协议) sees only that, in place
 * of the whole app, and stays on the same address, so accepting goes on to where they were.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe();
  // A 403 auth.agreement_required (the agreement changed mid-session) or a second-factor 403
  // from any call re-reads the user, whose state then brings up the screen for that step.
  useEffect(() => {
    setAgreementRequiredHandler(() => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    });
  }, [queryClient]);
  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    return <Result status="warning" title={t('error.loadFailed')} subTitle={me.error.message} />;
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.secondFactor.pending === 'verify') return <SecondFactorPage />;
  if (me.data.secondFactor.pending === 'enrol') return <TotpEnrolmentPage />;
  if (me.data.agreement.required) return <AgreementPage me={me.data} />;
  return <Outlet />;
}
