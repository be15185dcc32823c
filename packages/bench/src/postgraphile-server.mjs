// PostGraphile v5 over the same database (no authentication), with the connection-filter
// plugin for the worklist filters. PORT, DATABASE_URL and POOL_SIZE from the environment.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
  schema: { connectionFilterAllowNullInput: true },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
if (process.env.PRINT_SCHEMA) {
  const { printSchema } = await import('graphql');
  const { schema } = await pgl.getSchemaResult();
  console.log(printSchema(schema));
  process.exit(0);
}
server.listen(Number(process.env.PORT ?? 5678), '127.0.0.1', () => console.log('ready'));
const stop = () => server.close(() => pgl.release().then(() => pool.end()).then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
