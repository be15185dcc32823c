import { useLanguage } from '../../../app/i18n/useLanguage';

/** A province in the reader's language (Khmer script in Khmer, Latin otherwise). */
export function ProvinceName({ province }: { province: { name: string; nameKhmer: string } }) {
  const { language } = useLanguage();
  return language === 'km' ? (
    <span lang="km">{province.nameKhmer}</span>
  ) : (
    <span>{province.name}</span>
  );
}
