#!/usr/bin/env bash
# Builds, packs and installs unpress into an empty project, then checks that `require`,
# `import` and the `unpress` command work from the tarball, as users will get it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
npm run build --silent
npm pack --silent --pack-destination "$work" >/dev/null
mkdir "$work/app" && cd "$work/app"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "$work"/unpress-*.tgz
cp "$root/fixtures/elementor-seed-therapeutic-alliance/input.json" seed.json
node -e "const { parsePost } = require('unpress'); const a = parsePost(require('fs').readFileSync('seed.json')); if (a.headings.length !== 25) process.exit(1); console.log('require: ok')"
node --input-type=module -e "import { parsePost, ArticleSchema } from 'unpress'; import { readFileSync } from 'node:fs'; ArticleSchema.parse(parsePost(readFileSync('seed.json'))); console.log('import: ok')"
# A profile transform using cheerio through ctx.$, the documented extension point, from both builds.
node --input-type=module -e "import { parsePost } from 'unpress'; const p = { name: 'x', detect: () => true, rules: [{ name: 't', match: { tags: ['aside'] }, action: (el, ctx) => ctx.\$.parseHTML('<p>' + ctx.\$(el).find('b').text() + '</p>') }] }; const a = parsePost({ id: 1, content: { rendered: '<aside><b>via cheerio</b></aside>' } }, { profiles: [p] }); if (a.text !== 'via cheerio') process.exit(1); console.log('ctx.\$ (import): ok')"
# cheerio is loaded on the first ctx.\$ only (it costs ~17 MB in every thread that converts).
node -e "const cheerio = () => Object.keys(require.cache).some((k) => k.includes('/node_modules/cheerio/')); const { parsePost } = require('unpress'); parsePost(require('fs').readFileSync('seed.json')); if (cheerio()) { console.log('cheerio loaded before ctx.\$'); process.exit(1); } const p = { name: 'x', detect: () => true, rules: [{ name: 't', match: { tags: ['aside'] }, action: (el, ctx) => ctx.\$.parseHTML('<p>' + ctx.\$(el).find('b').text() + '</p>') }] }; const a = parsePost({ id: 1, content: { rendered: '<aside><b>via cheerio</b></aside>' } }, { profiles: [p] }); if (a.text !== 'via cheerio' || !cheerio()) process.exit(1); console.log('ctx.\$ (require), cheerio on first use: ok')"
# unpress/testing and its fixtures, from both builds; the main entry never loads them.
node -e "const t = require('unpress/testing'); const { parsePost } = require('unpress'); const { fixtures } = require('unpress/testing/fixtures'); const a = parsePost(t.elementorPost({ widgets: [{ widget: 'heading', title: 'Hours', level: 2 }] })); const r = t.matchers.toHaveHeading.call({}, a, 'Hours', 2); if (!r.pass || parsePost(fixtures.gutenberg.post).editor !== 'gutenberg') process.exit(1); console.log('testing (require): ok')"
node --input-type=module -e "import { gutenbergPost, matchers, articleSerializer } from 'unpress/testing'; import { fixtures } from 'unpress/testing/fixtures'; import { parsePost } from 'unpress'; const a = parsePost(gutenbergPost([{ name: 'core/heading', html: '<h2 class=\"wp-block-heading\">Tides</h2>' }, { name: 'core/paragraph', html: '<p>In and out.</p>' }])); if (!matchers.toHaveNoBuilderMarkup.call({}, a).pass || !articleSerializer.test(a) || !fixtures.classic.post) process.exit(1); console.log('testing (import): ok')"
node -e "require('unpress'); if (Object.keys(require.cache).some((k) => /[\\/]dist[\\/]testing/.test(k))) { console.log('the main entry loaded unpress/testing'); process.exit(1); } console.log('main entry without testing (require): ok')"
node --input-type=module -e "import 'unpress'; import { readFileSync } from 'node:fs'; const main = readFileSync(new URL(import.meta.resolve('unpress')), 'utf8'); if (/testing/.test(main.match(/^import[^;]*;/gm)?.join('') ?? '')) { console.log('the ESM main entry imports unpress/testing'); process.exit(1); } console.log('main entry without testing (import): ok')"
npx --no-install unpress convert seed.json --format json | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{if(JSON.parse(s).editor!=='elementor')process.exit(1);console.log('bin: ok')})"
if tar tzf "$work"/unpress-*.tgz | grep -E 'fixtures/|test/'; then echo 'tests or fixtures in the package'; exit 1; fi
echo 'package: ok'
