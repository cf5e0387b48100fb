import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import type { Locale as AntdLocale } from 'antd/es/locale';
import type { Language } from './languages.ts';

export const ANTD_LOCALES: Record<Language, AntdLocale> = {
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en: enUS,
};
