// Makes sure the browser test has a browser: Debian's `chromium` at /usr/bin/chromium. When it
// is missing and this process is root with apt-get (as on CI machines), installs it with
// apt-get (a minute or two, progress shown); otherwise says in one line that the browser test
// will be skipped. Exits 0 either way: a machine without Chromium skips the browser test, it
// does not fail the check. Never downloads a browser build of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const APT_GET = '/usr/bin/apt-get';

/** Runs an apt-get command with its output shown; returns whether it succeeded. */
function aptGet(args) {
  console.log(`ensure-chromium: apt-get ${args.join(' ')}`);
  const result = spawnSync(APT_GET, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync(APT_GET)) {
  console.log(`ensure-chromium: ${CHROMIUM} is missing and cannot be installed here (needs root and apt-get); the browser test will be skipped`);
  process.exit(0);
}

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package (a minute or two)`);
const started = Date.now();
// A fresh machine has no package lists yet: update them first, once.
const installed = aptGet(['update']) && aptGet(['install', '-y', '--no-install-recommends', 'chromium']);
if (installed && existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: installed ${CHROMIUM} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} else {
  console.log(`ensure-chromium: could not install chromium with apt-get; the browser test will be skipped`);
}
