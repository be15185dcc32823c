import { overdueReport } from './report.js';

// API_URL=http://localhost:4000/graphql TOKEN=pj_… pnpm --filter @pj/typed-client-example start
const url = process.env.API_URL ?? 'http://localhost:4000/graphql';
const token = process.env.TOKEN;
if (!token) {
  console.error('Set TOKEN to an API token (docs/api.md, "Signing in").');
  process.exit(2);
}
const { total, lines } = await overdueReport(url, token);
console.log(`${total} overdue referrals; the first ${lines.length}:`);
for (const line of lines) console.log(line);
