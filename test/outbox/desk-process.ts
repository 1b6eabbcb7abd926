// A desk in its own process, for outbox-killed.test.ts: an outbox on a FileOutboxStore that
// delivers to the real API through the SDK client. Killed with SIGKILL at random moments by the
// test and started again on the same file.
//
// argv: <outbox file> <API base URL> <device token> [registrations JSON file to enqueue first,
// then exit]
// stdout, one line each: "queued <id> <state>" once enqueue resolves, "delivered <id>",
// and "empty" just before it exits because nothing is left to deliver.
import { readFileSync } from 'node:fs';
import { createIdoClient, createOutbox, type QuestionRegistrationInput } from '@idokit/sdk';
import { FileOutboxStore } from '@idokit/sdk/node';

const [path, baseUrl, token, registrationsFile] = process.argv.slice(2);
if (!path || !baseUrl || !token) throw new Error('usage: desk-process <file> <url> <token> [regs]');

const client = createIdoClient({ baseUrl, token, retry: 0 });
const outbox = createOutbox({
  store: new FileOutboxStore(path),
  send: (registration, options) => client.submitRegistration(registration, options),
  locks: null,
  baseDelayMs: 50,
  maxDelayMs: 400,
});
outbox.addEventListener('delivered', (event) => console.log(`delivered ${event.entry.id}`));
outbox.addEventListener('held', (event) =>
  console.log(`held ${event.entry.id} ${event.entry.heldReason?.code}`),
);

if (registrationsFile) {
  const registrations = JSON.parse(
    readFileSync(registrationsFile, 'utf8'),
  ) as QuestionRegistrationInput[];
  for (const registration of registrations) {
    const { state } = await outbox.enqueue(registration);
    console.log(`queued ${registration.id} ${state}`);
  }
  process.exit(0);
}
outbox.start();
for (;;) {
  if ((await outbox.pending()) === 0) {
    console.log('empty');
    outbox.stop();
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}
