import type { AuditLogReport, BadRowReason } from '../../app/audit/verify-audit-log.ts';

const REASONS: Record<BadRowReason, string> = {
  hash: '内容被修改 row changed',
  prev_hash: '链接被修改 link changed',
  missing: '行被删除 row deleted',
  truncated: '末尾的行被删除 rows cut from the end',
  rewritten: '哈希链被重算 chain recomputed',
};

/** `patron audit verify`'s output: the first bad row, then what the checkpoint says. */
export function printAuditReport(report: AuditLogReport): void {
  const { firstBad, checkpoint } = report;
  if (firstBad) {
    console.error(
      `审计日志被篡改 audit log tampered with: first bad row ${firstBad.id} (${REASONS[firstBad.reason]})`,
    );
  }
  if (checkpoint.status === 'none') {
    console.log(
      '尚无检查点 no checkpoint yet: a cut tail cannot be detected (patron audit checkpoint)',
    );
  } else if (checkpoint.status === 'ok' || checkpoint.status === 'failed') {
    const verdict = checkpoint.status === 'ok' ? '一致 matches' : '不一致 does not match';
    console.log(`检查点 checkpoint of ${checkpoint.at} (row ${checkpoint.lastId}) ${verdict}`);
  } else {
    console.error(`检查点不可信 checkpoint cannot be trusted: ${checkpoint.status}`);
  }
  if (report.intact) console.log(`审计日志完整 audit chain intact: ${report.rows} rows`);
}
