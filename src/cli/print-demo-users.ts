type DemoUser = { username: string; displayName: string; roles: string[]; orgUnit: string };

export function printDemoUsers(users: DemoUser[], password: string, fromEnv: boolean): void {
  console.log('\n演示用户 Demo users:');
  console.table(
    users.map((u) => ({
      username: u.username,
      name: u.displayName,
      roles: u.roles.join(','),
      orgUnit: u.orgUnit,
    })),
  );
  if (fromEnv) {
    console.log('密码 password: PATRON_DEMO_PASSWORD 的值 (the value of PATRON_DEMO_PASSWORD)\n');
  } else {
    console.log(`密码 password (shown once, same for every demo user): ${password}\n`);
  }
}
