// PostGraphile v5 over the same database (no authentication), with the connection-filter
// plugin for the worklist filters. PORT, DATABASE_URL and POOL_SIZE from the environment.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';
import { makeJSONPgSmartTagsPlugin } from 'postgraphile/utils';

// Tables PostGraphile cannot name on its own, which otherwise leave types such as Bed and
// JourneyEvent unbuilt: a self-reference (a logbook correction names the entry it corrects)
// whose two directions get one name, and a repair log with both `id` and `row_id` columns.
const SmartTags = makeJSONPgSmartTagsPlugin({
  version: 1,
  config: {
    class: { inpatient_repair: { tags: { behavior: '-*' } } },
    constraint: { logbook_entry_correction_of_fkey: { tags: { fieldName: 'corrects', foreignFieldName: 'correctedBy' } } },
  },
});

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const preset = {
  extends: process.env.NO_FILTER ? [PostGraphileAmberPreset] : [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, poolConfig: { max: Number(process.env.POOL_SIZE ?? 10) }, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
  // Let every column be filtered and sorted on (by default only indexed ones can be).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  plugins: [SmartTags],
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
