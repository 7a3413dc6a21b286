import { ErrorCode, parseInput, ZaffaError } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from './auth/passwords.ts';
import { staffAccountInput } from './inputs.ts';

/** Creates a staff account from the command line (the first staff member cannot be made by staff). */
export async function createStaffAccount(db: DataSource, input: { email: string; displayName: string; password: string }): Promise<string> {
  const { email, displayName, password } = parseInput(staffAccountInput, input);
  const [row]: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, 'STAFF', $3) ON CONFLICT DO NOTHING RETURNING id`,
    [email, displayName, await hashPassword(password)],
  );
  if (!row) throw new ZaffaError(ErrorCode.CONFLICT, `An account with the email ${email} already exists`, { field: 'email' });
  return row.id;
}
