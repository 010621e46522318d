import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing (bcryptjs)', () => {
  it('stores a salted bcrypt hash, never the password', async () => {
    const a = await hashPassword('mật-khẩu-đủ-dài-1');
    const b = await hashPassword('mật-khẩu-đủ-dài-1');
    expect(a).toMatch(/^\$2[aby]\$11\$/);
    expect(a).not.toContain('mật-khẩu');
    expect(a).not.toBe(b);
  });

  it('accepts the right password and refuses others, Vietnamese included', async () => {
    const hash = await hashPassword('Phóng viên Quảng Nam 2020');
    expect(await verifyPassword('Phóng viên Quảng Nam 2020', hash)).toBe(true);
    expect(await verifyPassword('Phong vien Quang Nam 2020', hash)).toBe(false);
    expect(await verifyPassword('phóng viên quảng nam 2020', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });
});
