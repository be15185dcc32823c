#!/usr/bin/env node
// Sizes the JavaScript each route needs before it can render: the app's entry chunk, the
// route's page module and the data layer it loads with it, and everything those import
// statically — gzipped, as a browser downloads it. Reads the Vite manifest of the last build.
//
//   node scripts/web-bundle-report.mjs          # table for every route
//   node scripts/web-bundle-report.mjs --json   # machine-readable (used by the budget test)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

/** Route → the modules its lazy route element loads (see packages/web/src/app/router.tsx). */
export const ROUTES = {
  '/login': ['src/modules/auth/pages/LoginPage.tsx', 'src/app/data.tsx'],
  '/patients': ['src/modules/patients/pages/PatientListPage.tsx', 'src/app/data.tsx'],
  '/patients/:id': ['src/modules/patients/pages/PatientPage.tsx', 'src/app/data.tsx'],
  '/patients/new': ['src/modules/patients/pages/RegisterPatientPage.tsx', 'src/app/data.tsx'],
  '/referrals': ['src/modules/referrals/pages/ReferralWorklistPage.tsx', 'src/app/data.tsx'],
  '/audit': ['src/modules/audit/pages/AuditLogPage.tsx', 'src/app/data.tsx'],
  '/wards': ['src/modules/inpatient/pages/WardCensusPage.tsx', 'src/app/data.tsx'],
  '/patients/:id/discharges/:id/print': ['src/modules/inpatient/pages/DischargePrintPage.tsx', 'src/app/data.tsx'],
  '/oncology/alerts': ['src/modules/oncology/pages/OncologyAlertsPage.tsx', 'src/app/data.tsx'],
  '/follow-ups': ['src/modules/follow-ups/pages/FollowUpListPage.tsx', 'src/app/data.tsx'],
  '/missions': ['src/modules/surgery/pages/MissionListPage.tsx', 'src/app/data.tsx'],
  '/missions/:id': ['src/modules/surgery/pages/MissionPage.tsx', 'src/app/data.tsx'],
  '/theatre': ['src/modules/surgery/pages/TheatreBoardPage.tsx', 'src/app/data.tsx'],
  '/surgeries/:id/checklist': ['src/modules/surgery/pages/ChecklistPage.tsx', 'src/app/data.tsx'],
  '/surgeries/:id/record': ['src/modules/surgery/pages/OperationRecordPage.tsx', 'src/app/data.tsx'],
  '/staff/:id': ['src/modules/surgery/pages/StaffLogPage.tsx', 'src/app/data.tsx'],
  '/reports': ['src/modules/reports/pages/IndicatorsPage.tsx', 'src/app/data.tsx'],
};

/**
 * Route → its text group (packages/web/build/page-text.ts): the route's English text, loaded with
 * its page (in parallel) together with the `data` group, as a chunk of its own. Reported beside
 * the JavaScript, not in it; the bundled English `core` is in the entry chunk, so in the JS.
 */
export const ROUTE_TEXT = {
  '/login': 'login',
  '/patients': 'patientList',
  '/patients/:id': 'patient',
  '/patients/new': 'registerPatient',
  '/referrals': 'referrals',
  '/audit': 'audit',
  '/wards': 'wards',
  '/patients/:id/discharges/:id/print': 'dischargePrint',
  '/oncology/alerts': 'oncologyAlerts',
  '/follow-ups': 'followUps',
  '/missions': 'missions',
  '/missions/:id': 'mission',
  '/theatre': 'theatre',
  '/surgeries/:id/checklist': 'checklist',
  '/surgeries/:id/record': 'operationRecord',
  '/staff/:id': 'staff',
  '/reports': 'indicators',
};

export function bundleReport(dist = DIST) {
  const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) {
      const bytes = readFileSync(`${dist}${file}`);
      gzipped.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    return gzipped.get(file);
  };
  // A module that pages also import statically becomes a shared chunk keyed by its file name
  // ("_data-….js"); find it by the chunk name Vite derives from the module's file name.
  const chunkOf = (key) =>
    manifest[key] ??
    Object.values(manifest).find((chunk) => chunk.src === key) ??
    Object.entries(manifest).find(([k, chunk]) => k.startsWith('_') && chunk.name === key.replace(/^.*\/|\.tsx?$/g, ''))?.[1];
  const closure = (keys) => {
    const files = new Set();
    const visit = (key) => {
      const chunk = chunkOf(key);
      if (!chunk) throw new Error(`${key} is not in the build manifest`);
      if (files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return files;
  };
  // The app's own page (index.html), not other entries such as the API explorer.
  const entry = 'index.html';
  return Object.entries(ROUTES).map(([route, modules]) => {
    const files = [...closure([entry, ...modules])].filter((file) => file.endsWith('.js'));
    const total = files.map(sizeOf).reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
    const textFiles = ['data', ROUTE_TEXT[route]].map((group) => {
      const chunk = manifest[`pj-text/text-en-${group}`];
      if (!chunk) throw new Error(`The English text of ${group} (${route}) is not in the build manifest`);
      return chunk.file;
    });
    const text = textFiles.map(sizeOf).reduce((sum, s) => sum + s.gzip, 0);
    return { route, files, chunks: files.length, rawBytes: total.raw, gzipBytes: total.gzip, textGzipBytes: text };
  });
}

/**
 * The API explorer (graphiql.html, served at GET /graphql): what it downloads on first open —
 * its scripts, its stylesheet (fonts inline) and Monaco's three workers. Never part of a route above.
 */
export function explorerReport(dist = DIST) {
  const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.css ?? []).forEach((file) => files.add(file));
    (chunk.imports ?? []).forEach(visit);
  };
  visit('graphiql.html');
  for (const file of readdirSync(`${dist}assets`)) if (/\.worker-[\w-]+\.js$/.test(file)) files.add(`assets/${file}`);
  const size = (filter) =>
    [...files].filter(filter).reduce(
      (sum, file) => {
        const bytes = readFileSync(`${dist}${file}`);
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const isWorker = (file) => /\.worker-/.test(file);
  return {
    page: size((file) => file.endsWith('.js') && !isWorker(file)),
    css: size((file) => file.endsWith('.css')),
    workers: size(isWorker),
  };
}

/** The two reports as Markdown tables (printed below, and kept in docs/benchmarks.md by `pnpm bench`). */
export function markdownTables(dist = DIST) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  return [
    '| Route | Chunks | JS (KB) | JS gzipped (KB) | + English text gzipped (KB) |',
    '|---|---:|---:|---:|---:|',
    ...bundleReport(dist).map((r) => `| \`${r.route}\` | ${r.chunks} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ${kb(r.textGzipBytes)} |`),
    '',
    '| API explorer (`/graphql`) | KB | gzipped (KB) |',
    '|---|---:|---:|',
    ...Object.entries(explorerReport(dist)).map(([part, size]) => `| ${part} | ${kb(size.raw)} | ${kb(size.gzip)} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--json')) console.log(JSON.stringify(bundleReport(), null, 2));
  else console.log(markdownTables());
}
