/** A staff member's name in the language on screen: in Khmer script when the interface is Khmer and it is recorded. */
export function staffName(member: { name: string; nameKhmer?: string | null }, language: string): string {
  return language === 'km' && member.nameKhmer ? member.nameKhmer : member.name;
}
