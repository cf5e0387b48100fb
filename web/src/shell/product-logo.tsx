import { CrownFilled } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { size?: 'large' | 'small'; inverted?: boolean; collapsed?: boolean };

export function ProductLogo({ size = 'small', inverted = false, collapsed = false }: Props) {
  const { t } = useTranslation();
  const large = size === 'large';
  return (
    <Flex align="center" gap={large ? 12 : 8} style={{ overflow: 'hidden', whiteSpace: 'nowrap' }}>
      <CrownFilled style={{ fontSize: large ? 36 : 22, color: '#f5b301' }} />
      {!collapsed && (
        <span
          style={{
            fontSize: large ? 26 : 17,
            fontWeight: 600,
            color: inverted || large ? '#fff' : undefined,
            letterSpacing: 0.5,
          }}
        >
          {t('app.name')}
        </span>
      )}
    </Flex>
  );
}
