// `npm run --silent claimlens -- <command>`: the extension's engine for people who write claim lists.
// Each command lives in its own module; this file only dispatches.
const USAGE = `usage:
  claimlens scan [--json] [--claims LIST] FILE...
  claimlens list validate FILE
  claimlens list test FILE
  claimlens list explain FILE CLAIM_ID
  claimlens list keygen
  claimlens list sign FILE --key KEY
  claimlens list serve DIR`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return (await import('./scan')).runScan(rest);
    case 'list':
      return (await import('./list')).runList(rest);
    default:
      process.stderr.write(`${command ? `claimlens: unknown command "${command}"\n` : ''}${USAGE}\n`);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimlens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
