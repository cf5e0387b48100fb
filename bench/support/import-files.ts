import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { creditCodeCheckChar } from '../../src/domain/credit-code.ts';

/**
 * Files for the import scenario, written to disk the way users send them: CSV (UTF-8, Chinese
 * headers) and .xlsx. Deterministic: the same size gives the same files.
 */

export const TRANSACTION_HEADER = [
  '客户统一社会信用代码',
  '订单号',
  '订单日期',
  '金额',
  '成本金额',
  '产品名称',
  '数量',
  '销售渠道',
];
export const CUSTOMER_HEADER = [
  '客户名称',
  '统一社会信用代码',
  '企业性质',
  '所属行业',
  '省份',
  '城市',
  '详细地址',
  '联系电话',
  '员工人数',
  '年营业收入',
];

const PRODUCTS = [
  '数控车床 CK6150',
  '立式加工中心 VMC850',
  '伺服电机 1.5kW',
  '精密轴承 6205',
  '工业机器人 6 轴',
];
const CHANNELS = ['直销', '经销', '线上', '招投标'];
const PLACES = [
  ['江苏省', '苏州市'],
  ['浙江省', '杭州市'],
  ['广东省', '深圳市'],
  ['上海市', '上海市'],
  ['北京市', '北京市'],
  ['山东省', '青岛市'],
];
const WORDS = ['恒达', '华信', '新联', '金泰', '永盛', '博远', '中科', '瑞丰'];
const TRADES = ['精密机械', '电子科技', '新材料', '智能装备', '环保工程'];
const NATURES = ['民营企业', '国有企业', '外资企业'];
const INDUSTRIES = ['制造业', 'C', '信息传输、软件和信息技术服务业'];

const field = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function transactionRow(i: number, creditCodes: readonly string[]): string[] {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const amount = 1000 + ((i * 7919) % 900_000);
  return [
    creditCodes[i % creditCodes.length]!,
    `BENCH-SO-${String(i).padStart(8, '0')}`,
    `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `${amount}.50`,
    `${Math.floor(amount * 0.7)}.25`,
    PRODUCTS[i % PRODUCTS.length]!,
    String(1 + (i % 20)),
    CHANNELS[i % CHANNELS.length]!,
  ];
}

export function customerRow(i: number): string[] {
  const [province, city] = PLACES[i % PLACES.length]!;
  const body = `91990000${String(i).padStart(9, '0')}`;
  return [
    `${city!.replace(/市$/, '')}${WORDS[i % WORDS.length]}${TRADES[(i >> 3) % TRADES.length]}${i}有限公司`,
    body + creditCodeCheckChar(body),
    NATURES[i % NATURES.length]!,
    INDUSTRIES[i % INDUSTRIES.length]!,
    province!,
    city!,
    `${city}工业园区${1 + (i % 500)}号`,
    `021-6${String(i % 10_000_000).padStart(7, '0')}`,
    String(50 + (i % 5000)),
    `${1 + (i % 900)}万`,
  ];
}

/** A CSV with a header line, as a spreadsheet saves it. */
export async function writeCsv(
  path: string,
  header: readonly string[],
  rows: number,
  rowOf: (i: number) => string[],
): Promise<void> {
  const out = createWriteStream(path);
  let chunk = header.map(field).join(',') + '\n';
  for (let i = 0; i < rows; i++) {
    chunk += rowOf(i).map(field).join(',') + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The same rows as an .xlsx (streaming writer: a million rows never sit in memory). */
export async function writeXlsx(
  path: string,
  header: readonly string[],
  rows: number,
  rowOf: (i: number) => string[],
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([...header]).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(rowOf(i)).commit();
  sheet.commit();
  await workbook.commit();
}
