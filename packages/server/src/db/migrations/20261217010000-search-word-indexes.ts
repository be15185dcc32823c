import { Migration } from '@mikro-orm/migrations';

/**
 * Patient search's tier 3 (patients/patient-search.ts): names holding every word of the search
 * as a whole word, fewest trigrams first. One btree per place of a word in the folded name
 * (first, second, third), each with the name's trigram count and the id, so a page of a
 * common name ("sokha") is read in rank order from a few index pages. Without them that page
 * came from the GiST trigram index in distance order, which for a word in one name in fourteen
 * visits most of the index before it can rank the first name.
 */
export class Migration20261217010000SearchWordIndexes extends Migration {
  override up(): void {
    for (const place of [1, 2, 3]) {
      this.addSql(
        `create index if not exists "patient_search_word_${place}" on "patient" ` +
          `(split_part("search_key", ' ', ${place}), cardinality(show_trgm("search_key")), "id") where "merged_into_id" is null;`,
      );
    }
  }

  override down(): void {
    for (const place of [1, 2, 3]) this.addSql(`drop index if exists "patient_search_word_${place}";`);
  }
}
