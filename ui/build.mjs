// Builds the dashboard into target/classes/META-INF/resources/ui/ (the ui jar's web resources):
// one bundled, minified app.js, app.css and index.html. No network, no downloads.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const out = 'target/classes/META-INF/resources/ui';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/app.js'],
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  outfile: `${out}/app.js`,
  logLevel: 'warning',
});
copyFileSync('src/index.html', `${out}/index.html`);
copyFileSync('src/app.css', `${out}/app.css`);
console.log(`dashboard built into ${out}`);
