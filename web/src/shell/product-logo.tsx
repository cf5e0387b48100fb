import { CrownFilled } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { size?: 'large' | 'small'; collapsed?: boolean };

/** "Patron" over the localised product line, so a long English line never crowds the menu. */
export function ProductLogo({ size = 'small', collapsed = false }: Props) {
  const { t } = useTranslation();
  const large = size === 'large';
  return (
    <Flex align="center" gap={large ? 14 : 10} style={{ color: '#fff', whiteSpace: 'nowrap' }}>
      <CrownFilled style={{ fontSize: large ? 40 : 24, color: '#f5b301' }} />
      {!collapsed && (
        <Flex vertical style={{ lineHeight: 1.2 }}>
          <span style={{ fontSize: large ? 28 : 18, fontWeight: 600, letterSpacing: 0.5 }}>
            Patron
          </span>
          <span style={{ fontSize: large ? 15 : 12, opacity: 0.85 }}>{t('app.product')}</span>
        </Flex>
      )}
    </Flex>
  );
}
