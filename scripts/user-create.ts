/**
 * npm run user:create -- --email a@b.vn --role admin|editor|reporter [--name "Họ Tên"] [--password …]
 *
 * Creates a user as the operator (no session needed). Without --password it
 * asks for one (hidden) on a terminal, or generates one and prints it once.
 * Uses DATA_DIR / DATABASE_URL like the server.
 */
import { randomBytes } from 'node:crypto';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { closeDb } from '@/lib/db';
import { writeAudit } from '@/lib/audit/log';
import { insertUser } from '@/lib/users/accounts';
import { createUserSchema, roles } from '@/lib/validations/user';

const usage = `Cách dùng: npm run user:create -- --email <email> --role <${roles.join('|')}> [--name "Họ Tên"] [--password <mật khẩu>]`;

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    let prompted = false;
    // Echo the question, not the keystrokes.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (!prompted) {
        prompted = true;
        write.call(rl, s);
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: false,
  });
  if (values.help || !values.email || !values.role) {
    console.log(usage);
    return values.help ? 0 : 2;
  }

  let password = values.password;
  let generated = false;
  if (!password) {
    if (process.stdin.isTTY) {
      password = await askHidden('Mật khẩu: ');
      const again = await askHidden('Nhập lại mật khẩu: ');
      if (password !== again) {
        console.error('Hai lần nhập mật khẩu không khớp.');
        return 1;
      }
    } else {
      password = randomBytes(12).toString('base64url');
      generated = true;
    }
  }

  const name = values.name?.trim() || values.email.split('@')[0];
  const parsed = createUserSchema.safeParse({ email: values.email, role: values.role, name, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${String(issue.path[0] ?? '')}: ${issue.message}`);
    return 1;
  }

  const result = await insertUser(parsed.data);
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  await writeAudit({ userId: null, action: 'user.create', target: result.value.id, detail: { email: result.value.email, role: result.value.role, by: 'cli' } });
  console.log(`Đã tạo ${result.value.role} ${result.value.email} (${result.value.name}).`);
  if (generated) console.log(`Mật khẩu (chỉ in một lần, hãy chuyển cho người dùng): ${password}`);
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error('Không tạo được người dùng:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
