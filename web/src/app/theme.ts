import type { ThemeConfig } from 'antd';

/** Ant Design's default look, slightly denser: these screens are read all day. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1456f0',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 24px', siderBg: '#001529' },
  },
};
