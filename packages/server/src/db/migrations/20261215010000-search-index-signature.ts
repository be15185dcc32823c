import { Migration } from '@mikro-orm/migrations';

/**
 * The patient search's distance-ordered (KNN) indexes rebuilt with a 256-byte trigram signature
 * instead of pg_trgm's default 12 bytes. With the default, a signature holds so few bits that
 * the GiST scan for a common name ("sokha": one patient in 14 at the benchmark's 100,000)
 * rechecks many entries it cannot tell apart; with 256 bytes the same scan reads far fewer.
 * Measured with `pnpm bench large` (docs/benchmarks.md): the search statement ~35 % faster,
 * the search's throughput at 10 connections up by a quarter or more. Same names, same ranking.
 */
export class Migration20261215010000SearchIndexSignature extends Migration {
  override up(): void {
    this.addSql(`drop index if exists "patient_search_key_knn";`);
    this.addSql(`create index "patient_search_key_knn" on "patient" using gist ("search_key" gist_trgm_ops(siglen = 256)) where "merged_into_id" is null;`);
    this.addSql(`drop index if exists "patient_search_name_khmer_knn";`);
    this.addSql(`create index "patient_search_name_khmer_knn" on "patient" using gist ("search_name_khmer" gist_trgm_ops(siglen = 256)) where "merged_into_id" is null;`);
  }
}
