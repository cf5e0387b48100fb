import type { ErrorCode } from '../app-error.ts';
import { fieldLabel } from './field-labels.ts';
import type { Locale, Localised } from './locale.ts';

/** One catalogue for the API, the CLI and imports. `{field}` is the field's localised label. */
const MESSAGES: Record<ErrorCode, Localised> = {
  'validation.failed': { 'zh-CN': '提交的内容有误，请检查标出的字段', 'zh-TW': '提交的內容有誤，請檢查標出的欄位', en: 'Some fields are not valid; see the marked fields' },
  'validation.required': { 'zh-CN': '请填写「{field}」', 'zh-TW': '請填寫「{field}」', en: '{field} is required' },
  'validation.invalid': { 'zh-CN': '「{field}」格式不正确', 'zh-TW': '「{field}」格式不正確', en: '{field} is not valid' },
  'validation.enum': { 'zh-CN': '「{field}」不是可选的值', 'zh-TW': '「{field}」不是可選的值', en: '{field} is not one of the allowed values' },
  'validation.too_long': { 'zh-CN': '「{field}」不能超过 {max} 个字符', 'zh-TW': '「{field}」不能超過 {max} 個字元', en: '{field} must be at most {max} characters' },
  'validation.credit_code_format': { 'zh-CN': '「{field}」应为 18 位，由数字和大写字母组成（不含 I、O、S、V、Z）', 'zh-TW': '「{field}」應為 18 位，由數字和大寫字母組成（不含 I、O、S、V、Z）', en: '{field} must be 18 characters of digits and capital letters (no I, O, S, V, Z)' },
  'validation.credit_code_check': { 'zh-CN': '「{field}」校验码不正确（按 GB 32100 应为 {expected}）', 'zh-TW': '「{field}」校驗碼不正確（按 GB 32100 應為 {expected}）', en: '{field} has a wrong check character (GB 32100 expects {expected})' },
  'validation.mobile': { 'zh-CN': '「{field}」不是有效的手机号码', 'zh-TW': '「{field}」不是有效的手機號碼', en: '{field} is not a valid mainland mobile number' },
  'validation.phone': { 'zh-CN': '「{field}」不是有效的电话号码，例如 010-12345678', 'zh-TW': '「{field}」不是有效的電話號碼，例如 010-12345678', en: '{field} is not a valid phone number, e.g. 010-12345678' },
  'validation.postcode': { 'zh-CN': '「{field}」应为 6 位数字', 'zh-TW': '「{field}」應為 6 位數字', en: '{field} must be 6 digits' },
  'validation.email': { 'zh-CN': '「{field}」不是有效的邮箱地址', 'zh-TW': '「{field}」不是有效的電子郵件地址', en: '{field} is not a valid email address' },
  'validation.url': { 'zh-CN': '「{field}」不是有效的网址', 'zh-TW': '「{field}」不是有效的網址', en: '{field} is not a valid web address' },
  'validation.money': { 'zh-CN': '「{field}」不是有效的金额（可写 1,234.56、¥12万、1.5亿）', 'zh-TW': '「{field}」不是有效的金額（可寫 1,234.56、¥12萬、1.5億）', en: '{field} is not a valid amount (e.g. 1,234.56, ¥12万, 1.5亿)' },
  'validation.date': { 'zh-CN': '「{field}」不是有效的日期（YYYY-MM-DD）', 'zh-TW': '「{field}」不是有效的日期（YYYY-MM-DD）', en: '{field} is not a valid date (YYYY-MM-DD)' },
  'validation.integer': { 'zh-CN': '「{field}」应为 {min} 到 {max} 之间的整数', 'zh-TW': '「{field}」應為 {min} 到 {max} 之間的整數', en: '{field} must be a whole number from {min} to {max}' },
  'validation.resident_id': { 'zh-CN': '「{field}」不是有效的身份证号码', 'zh-TW': '「{field}」不是有效的身分證號碼', en: '{field} is not a valid resident ID number' },
  'auth.required': { 'zh-CN': '请先登录', 'zh-TW': '請先登入', en: 'Please sign in' },
  'auth.invalid_credentials': { 'zh-CN': '用户名或密码不正确', 'zh-TW': '使用者名稱或密碼不正確', en: 'Wrong username or password' },
  'auth.locked': { 'zh-CN': '登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试', 'zh-TW': '登入失敗次數過多，帳號已鎖定，請 {minutes} 分鐘後再試', en: 'Too many failed sign-ins; the account is locked for {minutes} minutes' },
  'auth.disabled': { 'zh-CN': '该账号已停用', 'zh-TW': '該帳號已停用', en: 'This account is disabled' },
  'auth.forbidden': { 'zh-CN': '您没有执行此操作的权限', 'zh-TW': '您沒有執行此操作的權限', en: 'You are not allowed to do this' },
  'auth.csrf': { 'zh-CN': '请求来源不可信，已拒绝', 'zh-TW': '請求來源不可信，已拒絕', en: 'Request refused: it did not come from this site' },
  'auth.rate_limited': { 'zh-CN': '请求过于频繁，请稍后再试', 'zh-TW': '請求過於頻繁，請稍後再試', en: 'Too many requests; please try again later' },
  not_found: { 'zh-CN': '记录不存在或您无权查看', 'zh-TW': '記錄不存在或您無權查看', en: 'Not found, or not visible to you' },
  'conflict.duplicate': { 'zh-CN': '「{field}」已存在：{value}', 'zh-TW': '「{field}」已存在：{value}', en: '{field} already exists: {value}' },
  'conflict.stale_version': { 'zh-CN': '该记录已被他人修改，请刷新后重试', 'zh-TW': '該記錄已被他人修改，請重新整理後再試', en: 'Someone else changed this record; reload and try again' },
  'conflict.version_required': { 'zh-CN': '修改时必须提供版本号（If-Match）', 'zh-TW': '修改時必須提供版本號（If-Match）', en: 'An If-Match version is required to change this record' },
  'conflict.in_use': { 'zh-CN': '「{field}」仍在使用中，不能删除', 'zh-TW': '「{field}」仍在使用中，不能刪除', en: '{field} is still in use' },
  internal: { 'zh-CN': '系统内部错误，请联系管理员', 'zh-TW': '系統內部錯誤，請聯絡管理員', en: 'Internal error; please contact the administrator' },
}; // prettier-ignore

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  field?: string,
  params: Record<string, string | number> = {},
): string {
  const template = MESSAGES[code][locale];
  const values: Record<string, string | number> = { ...params };
  if (field) values.field = fieldLabel(field, locale);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}
