export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

export enum GuardianRelation {
  MOTHER = 'MOTHER',
  FATHER = 'FATHER',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  AUNT_UNCLE = 'AUNT_UNCLE',
  SPOUSE = 'SPOUSE',
  OTHER = 'OTHER',
}

export interface Province {
  /** ISO 3166-2 number: KH-1 … KH-25. */
  code: number;
  name: string;
  nameKhmer: string;
}

/** The 25 provinces of Cambodia, by ISO 3166-2 code. */
export const PROVINCES: readonly Province[] = [
  { code: 1, name: 'Banteay Meanchey', nameKhmer: 'បន្ទាយមានជ័យ' },
  { code: 2, name: 'Battambang', nameKhmer: 'បាត់ដំបង' },
  { code: 3, name: 'Kampong Cham', nameKhmer: 'កំពង់ចាម' },
  { code: 4, name: 'Kampong Chhnang', nameKhmer: 'កំពង់ឆ្នាំង' },
  { code: 5, name: 'Kampong Speu', nameKhmer: 'កំពង់ស្ពឺ' },
  { code: 6, name: 'Kampong Thom', nameKhmer: 'កំពង់ធំ' },
  { code: 7, name: 'Kampot', nameKhmer: 'កំពត' },
  { code: 8, name: 'Kandal', nameKhmer: 'កណ្ដាល' },
  { code: 9, name: 'Koh Kong', nameKhmer: 'កោះកុង' },
  { code: 10, name: 'Kratie', nameKhmer: 'ក្រចេះ' },
  { code: 11, name: 'Mondulkiri', nameKhmer: 'មណ្ឌលគិរី' },
  { code: 12, name: 'Phnom Penh', nameKhmer: 'ភ្នំពេញ' },
  { code: 13, name: 'Preah Vihear', nameKhmer: 'ព្រះវិហារ' },
  { code: 14, name: 'Prey Veng', nameKhmer: 'ព្រៃវែង' },
  { code: 15, name: 'Pursat', nameKhmer: 'ពោធិ៍សាត់' },
  { code: 16, name: 'Ratanakiri', nameKhmer: 'រតនគិរី' },
  { code: 17, name: 'Siem Reap', nameKhmer: 'សៀមរាប' },
  { code: 18, name: 'Preah Sihanouk', nameKhmer: 'ព្រះសីហនុ' },
  { code: 19, name: 'Stung Treng', nameKhmer: 'ស្ទឹងត្រែង' },
  { code: 20, name: 'Svay Rieng', nameKhmer: 'ស្វាយរៀង' },
  { code: 21, name: 'Takeo', nameKhmer: 'តាកែវ' },
  { code: 22, name: 'Oddar Meanchey', nameKhmer: 'ឧត្ដរមានជ័យ' },
  { code: 23, name: 'Kep', nameKhmer: 'កែប' },
  { code: 24, name: 'Pailin', nameKhmer: 'ប៉ៃលិន' },
  { code: 25, name: 'Tbong Khmum', nameKhmer: 'ត្បូងឃ្មុំ' },
];

export function provinceByCode(code: number): Province | undefined {
  return PROVINCES[code - 1];
}

/** True when the text has at least one character of the Khmer block (U+1780–U+17FF). */
export function hasKhmer(text: string): boolean {
  return /[\u1780-\u17FF]/.test(text);
}

/** How a patient usually travels to the hospital. */
export enum TransportMode {
  WALK = 'WALK',
  MOTO = 'MOTO',
  TUK_TUK = 'TUK_TUK',
  BUS = 'BUS',
  TAXI = 'TAXI',
  CAR = 'CAR',
  BOAT = 'BOAT',
  OTHER = 'OTHER',
}
