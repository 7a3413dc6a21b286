import { stableId } from '@zaffa/shared';

/** What couples here look for, in the order the catalogue shows them. */
export const categories = [
  { slug: 'salle-des-fetes', nameFr: 'Salle des fêtes', nameAr: 'قاعة الحفلات' },
  { slug: 'traiteur', nameFr: 'Traiteur', nameAr: 'ممون الحفلات' },
  { slug: 'photographe-videaste', nameFr: 'Photographe / vidéaste', nameAr: 'مصور / مصور فيديو' },
  { slug: 'patissier', nameFr: 'Pâtissier', nameAr: 'حلواني' },
  { slug: 'negafa-habilleuse', nameFr: 'Négafa / habilleuse', nameAr: 'نقافة / مُلبِّسة' },
  { slug: 'dj-orchestre-troupe', nameFr: 'DJ / orchestre / troupe', nameAr: 'دي جي / فرقة موسيقية' },
  { slug: 'voitures-de-cortege', nameFr: 'Voitures de cortège', nameAr: 'سيارات الموكب' },
  { slug: 'tenues', nameFr: 'Tenues', nameAr: 'الأزياء' },
  { slug: 'coiffure-esthetique', nameFr: 'Coiffure / esthétique', nameAr: 'تصفيف الشعر / التجميل' },
  { slug: 'decoration', nameFr: 'Décoration', nameAr: 'الديكور' },
  { slug: 'faire-part', nameFr: 'Faire-part', nameAr: 'بطاقات الدعوة' },
  { slug: 'wedding-planner', nameFr: 'Wedding planner', nameAr: 'منظم الأعراس' },
].map((c, position) => ({ ...c, id: categoryId(c.slug), position }));

export function categoryId(slug: string): string {
  return stableId('category', slug);
}
