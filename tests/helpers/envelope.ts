import type { Envelope } from '../../shared/ipc/views';

/**
 * The value of an IPC answer that must have succeeded. A refusal fails the test with the error
 * it carried (key, parameters, problems), rather than a cast hiding it until a later line.
 */
export async function expectOk<T>(answer: Envelope<T> | Promise<Envelope<T>>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`expected an ok answer, got ${JSON.stringify(settled.error)}`);
  return settled.value;
}
