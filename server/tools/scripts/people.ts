import { forgetByEmail, sealAllPlainComments } from '../../people/operator';
import { openFromEnv } from './open-from-env';

const usage = 'Usage: npm run people -- seal-plain-comments | forget EMAIL';
const [command, target] = process.argv.slice(2);

const handle = await openFromEnv();
try {
  if (command === 'seal-plain-comments') {
    const sealed = await sealAllPlainComments(handle.db);
    console.log(
      sealed === 0
        ? 'No plain comment left: every comment body in the log is sealed.'
        : `Sealed ${sealed} plain comment events with their writers' keys (recorded as PlainCommentsSealed).`,
    );
  } else if (command === 'forget' && target) {
    const forgotten = await forgetByEmail(handle.db, target);
    console.log(
      forgotten
        ? `Forgotten: their key, account and ${forgotten.comments} comments' text are destroyed (recorded as PersonForgotten).`
        : 'No account has that e-mail address (or it was forgotten already).',
    );
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
