// Prints a preset policy as JSON, the starting point for a landlord's own policy file:
//   npm run policy -- model > my-policy.json     (then edit it and check it: npm run policy -- --check my-policy.json)
import { readFileSync } from 'node:fs';
import { parsePolicy, policies, PRESET_IDS } from '../core/index.ts';

const args = process.argv.slice(2);
if (args[0] === '--check') {
  const file = args[1];
  if (!file) {
    console.error('Usage: npm run policy -- --check FILE.json');
    process.exit(2);
  }
  try {
    const policy = parsePolicy(JSON.parse(readFileSync(file, 'utf8')));
    console.log(`${file}: a valid policy for ${policy.landlord} (${policy.id}).`);
  } catch (error) {
    console.error(`${file} is not a valid policy:\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
} else {
  const id = args[0] ?? 'model';
  const policy = policies[id];
  if (!policy) {
    console.error(`No preset "${id}". Presets: ${PRESET_IDS.join(', ')}`);
    process.exit(2);
  }
  console.log(JSON.stringify(policy, null, 2));
}
