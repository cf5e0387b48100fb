import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierChange } from './evaluation-types.ts';

const LOOK: Record<TierChange, { color: string; icon: ReactNode }> = {
  up: { color: 'green', icon: <ArrowUpOutlined /> },
  down: { color: 'red', icon: <ArrowDownOutlined /> },
  same: { color: 'default', icon: <MinusOutlined /> },
  new: { color: 'blue', icon: <PlusOutlined /> },
};

/** 升级 / 降级 / 不变 / 新进 against the previous final run. */
export function TierChangeTag({ change }: { change: TierChange }) {
  const { t } = useTranslation();
  const look = LOOK[change];
  return (
    <Tag color={look.color} icon={look.icon}>
      {t(`evaluation.change.${change}`)}
    </Tag>
  );
}
