import { useQueryClient } from '@tanstack/react-query';
import { Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { setAgreementRequiredHandler } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { AgreementPage } from '../confidentiality/agreement-page.tsx';
import { PageLoading } from '../shell/page-loading.tsx';
import { useMe } from './use-me.ts';

/**
 * Screens below need a session; without one the user goes to /login and comes back after.
 * A user who has not accepted the confidentiality agreement (保密协议) sees only that, in place
 * of the whole app, and stays on the same address, so accepting goes on to where they were.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe();
  // A 403 auth.agreement_required from any call (the agreement changed mid-session) re-reads
  // the user, whose `agreement.required` then brings up the agreement screen.
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
  if (me.data.agreement.required) return <AgreementPage me={me.data} />;
  return <Outlet />;
}
