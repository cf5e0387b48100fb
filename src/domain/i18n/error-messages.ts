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
  'validation.future_date': { 'zh-CN': '「{field}」不能晚于今天', 'zh-TW': '「{field}」不能晚於今天', en: '{field} cannot be later than today' },
  'validation.file_too_large': { 'zh-CN': '文件过大，最大 {maxMb} MB；更大的文件请用命令行导入', 'zh-TW': '檔案過大，上限 {maxMb} MB；更大的檔案請用命令列匯入', en: 'The file is too large (at most {maxMb} MB); import larger files with the CLI' },
  'validation.file_unreadable': { 'zh-CN': '无法读取文件，请上传 .xlsx 或 .csv 文件', 'zh-TW': '無法讀取檔案，請上傳 .xlsx 或 .csv 檔案', en: 'The file cannot be read; upload an .xlsx or .csv file' },
  'validation.file_empty': { 'zh-CN': '文件中没有表头行', 'zh-TW': '檔案中沒有標題列', en: 'The file has no header row' },
  'validation.column_missing': { 'zh-CN': '缺少必填列「{field}」', 'zh-TW': '缺少必填欄「{field}」', en: 'The required column {field} is missing' },
  'validation.column_duplicate': { 'zh-CN': '「{field}」对应了多个列', 'zh-TW': '「{field}」對應了多個欄', en: '{field} is mapped to more than one column' },
  'validation.mapping': { 'zh-CN': '列映射无效：{value}', 'zh-TW': '欄位對應無效：{value}', en: 'Invalid column mapping: {value}' },
  'validation.unknown_customer': { 'zh-CN': '「{field}」为 {value} 的客户不存在或您无权修改', 'zh-TW': '「{field}」為 {value} 的客戶不存在或您無權修改', en: 'No customer with {field} {value} that you may change' },
  'validation.unknown_org_unit': { 'zh-CN': '「{field}」找不到单位：{value}', 'zh-TW': '「{field}」找不到單位：{value}', en: '{field}: no org unit {value}' },
  'validation.org_unit_out_of_scope': { 'zh-CN': '「{field}」{value} 不在您负责的单位范围内', 'zh-TW': '「{field}」{value} 不在您負責的單位範圍內', en: '{field}: {value} is outside the units you work for' },
  'validation.ambiguous_contact': { 'zh-CN': '该客户有多个名为「{value}」的联系人，无法确定更新哪一个，请先在系统中区分', 'zh-TW': '該客戶有多個名為「{value}」的聯絡人，無法確定更新哪一個，請先在系統中區分', en: 'The customer has several contacts named {value}; tell them apart in Patron first' },
  'validation.duplicate_row': { 'zh-CN': '「{field}」与第 {row} 行重复', 'zh-TW': '「{field}」與第 {row} 列重複', en: '{field} repeats row {row}' },
  'validation.import_rejected': { 'zh-CN': '{errors} 行有错误，未导入任何数据', 'zh-TW': '{errors} 列有錯誤，未匯入任何資料', en: '{errors} rows have errors; nothing was imported' },
  'validation.negative_amount': { 'zh-CN': '「{field}」不能为负数', 'zh-TW': '「{field}」不能為負數', en: '{field} cannot be negative' },
  'validation.profit_mismatch': { 'zh-CN': '「{field}」应等于金额减成本：{expected}', 'zh-TW': '「{field}」應等於金額減成本：{expected}', en: '{field} must equal amount minus cost: {expected}' },
  'validation.due_before_issue': { 'zh-CN': '「{field}」不能早于开票日期', 'zh-TW': '「{field}」不能早於開票日期', en: '{field} cannot be before the invoice date' },
  'validation.end_before_start': { 'zh-CN': '「{field}」不能早于开始日期', 'zh-TW': '「{field}」不能早於開始日期', en: '{field} cannot be before the start date' },
  'validation.datetime': { 'zh-CN': '「{field}」不是有效的时间（YYYY-MM-DD HH:mm）', 'zh-TW': '「{field}」不是有效的時間（YYYY-MM-DD HH:mm）', en: '{field} is not a valid time (YYYY-MM-DD HH:mm)' },
  'validation.quantity': { 'zh-CN': '「{field}」应为数字，最多 3 位小数', 'zh-TW': '「{field}」應為數字，最多 3 位小數', en: '{field} must be a number with at most 3 decimals' },
  'validation.group_parent_unknown': { 'zh-CN': '「{field}」找不到该客户，或您无权查看', 'zh-TW': '「{field}」找不到該客戶，或您無權查看', en: '{field}: no such customer that you may see' },
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
  'conflict.not_key_person': { 'zh-CN': '该联系人未标记为关键人，不能填写重要人士信息', 'zh-TW': '該聯絡人未標記為關鍵人，不能填寫重要人士資訊', en: 'This contact is not marked as a key person, so private details cannot be entered' },
  'conflict.merge_self': { 'zh-CN': '不能把客户合并到它自己', 'zh-TW': '不能把客戶合併到它自己', en: 'A customer cannot be merged into itself' },
  'conflict.merge_group': { 'zh-CN': '不能把集团客户合并到它自己的下属公司', 'zh-TW': '不能把集團客戶合併到它自己的下屬公司', en: 'A group customer cannot be merged into one of its own subsidiaries' },
  'conflict.unmerge_not_latest': { 'zh-CN': '只能撤销仍然有效的最近一次合并；请先撤销之后的合并', 'zh-TW': '只能撤銷仍然有效的最近一次合併；請先撤銷之後的合併', en: 'Only the latest merge still in effect can be undone; undo the later merges first' },
  'conflict.group_cycle': { 'zh-CN': '「{field}」不能是本客户自己或它的下属公司（集团关系不能成环）', 'zh-TW': '「{field}」不能是本客戶自己或它的下屬公司（集團關係不能成環）', en: '{field} cannot be this customer or one of its subsidiaries (a group cannot loop)' },
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
