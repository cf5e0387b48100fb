import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { BrowserRouter } from 'react-router';
import { ANTD_LOCALES } from '../i18n/antd-locale.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { queryClient } from './query-client.ts';
import { AppRoutes } from './app-routes.tsx';
import { theme } from './theme.ts';

export function App() {
  const [language] = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
