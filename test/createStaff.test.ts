import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startStack, type Stack } from './support/stack.ts';

function createStaff(env: NodeJS.ProcessEnv, email: string) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/createStaff.ts', '--email', email, '--name', 'Ops Team'], {
      env: { ...env, STAFF_PASSWORD: 'a long staff password' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run create-staff', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.stop());

  it('makes a staff account that can sign in and act as staff', async () => {
    const { code, output } = await createStaff(stack.env, 'ops@zaffa.dz');
    assert.equal(code, 0, output);
    const { body } = await stack.query<{ signIn: { user: { role: string } } }>(
      `mutation { signIn(input: { email: "ops@zaffa.dz", password: "a long staff password" }) { user { role } } }`,
    );
    assert.equal(body.data?.signIn.user.role, 'STAFF');
  });

  it('refuses an email already taken, saying so', async () => {
    const { code, output } = await createStaff(stack.env, 'OPS@zaffa.dz');
    assert.equal(code, 1);
    assert.match(output, /already exists/);
  });
});
