type DemoUser = {
  username: string;
  displayName: string;
  roles: string[];
  orgUnit: string;
  totpSecret: string | null;
};

/** A plain aligned table: console.table's index column and quotes only confuse a newcomer. */
export function printDemoUsers(users: DemoUser[], password: string, fromEnv: boolean): void {
  console.log('\n演示用户 Demo users:');
  printTable([
    ['用户名 username', '姓名 name', '单位 org unit', '角色 roles'],
    ...users.map((u) => [u.username, u.displayName, u.orgUnit, u.roles.join(', ')]),
  ]);
  if (fromEnv) {
    console.log('\n密码 password: PATRON_DEMO_PASSWORD 的值 (the value of PATRON_DEMO_PASSWORD)');
  } else {
    console.log(`\n密码 password (shown once, the same for every demo user): ${password}`);
  }
  const withTotp = users.filter((u) => u.totpSecret !== null);
  if (withTotp.length > 0) {
    console.log(
      '\n两步验证 Two-step verification: these users also enter a 6-digit code. Add the secret to an' +
        '\nauthenticator app (Microsoft Authenticator, Google Authenticator, FreeOTP…: "enter a setup' +
        '\nkey", time-based), or print a code with `oathtool --totp -b <secret>`:',
    );
    printTable([
      ['用户名 username', '密钥 TOTP secret'],
      ...withTotp.map((u) => [u.username, groupsOfFour(u.totpSecret!)]),
    ]);
  }
  console.log('');
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  for (const row of rows) {
    console.log(
      '  ' +
        row
          .map((cell, column) => cell + ' '.repeat(widths[column]! - displayWidth(cell)))
          .join('  ')
          .trimEnd(),
    );
  }
}

/** `JBSWY3DPEHPK3PXP…` as `JBSW Y3DP EHPK …`, easier to type; apps ignore the spaces. */
function groupsOfFour(secret: string): string {
  return secret.match(/.{1,4}/g)!.join(' ');
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}
