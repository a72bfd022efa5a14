// The intake service a landlord runs: `npm run intake` (or `node widget/intake/main.ts`).
//
//   npm run intake                          serve (settings from the environment / INTAKE_CONFIG)
//   npm run intake -- check                 validate the settings and the policy, then exit
//   npm run intake -- token add NAME        issue a staff token (printed once; stored hashed)
//   npm run intake -- token remove NAME     revoke it
//   npm run intake -- token list            names and dates, never tokens
//
// Every setting is described in README.md, "Running the intake".
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadIntakeConfig } from './intake-config.ts';
import { startIntake } from './intake-server.ts';
import { openIntakeStore } from './open-intake-store.ts';
import { loadLandlordPolicy } from './load-landlord-policy.ts';
import { issueStaffToken } from './staff-tokens.ts';

const USAGE = 'usage: npm run intake [-- check | token add NAME | token remove NAME | token list]';

async function main(args: string[]): Promise<number> {
  const config = loadIntakeConfig(process.env);
  const [command, sub, name] = args;

  if (command === 'token') {
    const store = await openIntakeStore(config);
    try {
      if (sub === 'add' && name) {
        const { token, record } = issueStaffToken(name, new Date().toISOString());
        await store.addStaffToken(record);
        console.log(`Staff token for ${name} (shown once: give it to their extension, keep no other copy):\n${token}`);
        return 0;
      }
      if (sub === 'remove' && name) {
        const removed = await store.removeStaffToken(name);
        console.log(removed ? `Removed the staff token of ${name}.` : `No staff token named ${name}.`);
        return removed ? 0 : 1;
      }
      if (sub === 'list') {
        for (const t of await store.staffTokens()) console.log(`${t.name}\tcreated ${t.createdAt}`);
        return 0;
      }
      console.error(USAGE);
      return 2;
    } finally {
      await store.close();
    }
  }

  const policy = loadLandlordPolicy(config);
  if (command === 'check') {
    console.log(`Settings and policy are valid: ${policy.landlord} (${policy.id}), store: ${config.store.kind}.`);
    return 0;
  }
  if (command !== undefined) {
    console.error(USAGE);
    return 2;
  }

  if (!existsSync(join(config.widgetDir, 'asb-report-form.js'))) {
    console.warn(`intake: no built form in ${config.widgetDir} (run npm run build:widget, or set INTAKE_WIDGET_DIR): /widget/ answers 404.`);
  }
  // GET on the endpoint answers the form's view of this policy (handlePolicyRequest), and the alert
  // worker runs when ALERT_SMTP_URL or ALERT_WEBHOOK_URL is set: startIntake's defaults.
  const intake = await startIntake(config, policy);
  if ((await intake.store.staffTokens()).length === 0) {
    console.warn('intake: no staff tokens yet, so the staff API answers 401 to everyone: add one with npm run intake -- token add NAME');
  }
  const where = config.store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the folder ${config.store.dataDir}`;
  const alerts = [config.alerts.email && `email to ${config.alerts.email.to.join(', ')}`, config.alerts.webhook && 'webhook'].filter(Boolean).join(' and ') || 'none (no ALERT_SMTP_URL or ALERT_WEBHOOK_URL)';
  console.log(`ASB intake for ${policy.landlord} on ${intake.origin}: reports to ${intake.origin}/api/asb-reports, kept in ${where}; alerts: ${alerts}.`);
  const stop = () => {
    void intake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1; // keep running
}

// A last guard: a rejection nothing handled is logged (its message only), and the service goes on.
process.on('unhandledRejection', (reason) => {
  console.error(`intake: unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`.slice(0, 500));
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(`The intake cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
