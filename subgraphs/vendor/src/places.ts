import { readFileSync } from 'node:fs';
import { stableId } from '@zaffa/shared';
import type { PlaceRow } from './entities/Place.ts';

/** Ids are made from names and official codes once, at load; the codes themselves are not keys. */
export const placeId = {
  country: () => stableId('place', 'country:DZ'),
  wilaya: (nameFr: string) => stableId('place', `wilaya:${nameFr}`),
  commune: (code: string) => stableId('place', `commune:${code}`),
};

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`../data/algeria/${file}`, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v.trim()])));
}

const coordinate = (v: string | undefined) => (v ? Number(v) : null);

/** Algeria's 69 wilayas and 1,541 communes as a tree under the country. */
export function loadPlaces(): PlaceRow[] {
  const country: PlaceRow = {
    id: placeId.country(),
    kind: 'COUNTRY',
    code: 'DZ',
    nameFr: 'Algérie',
    nameAr: 'الجزائر',
    latitude: 28.0339,
    longitude: 1.6596,
    parentId: null,
  };
  const wilayaByCode = new Map<string, PlaceRow>();
  const wilayas = readCsv('wilayas.csv').map((w) => {
    const row: PlaceRow = {
      id: placeId.wilaya(w.name_fr!),
      kind: 'WILAYA',
      code: w.code!,
      nameFr: w.name_fr!,
      nameAr: w.name_ar!,
      latitude: coordinate(w.latitude),
      longitude: coordinate(w.longitude),
      parentId: country.id,
    };
    wilayaByCode.set(w.code!, row);
    return row;
  });
  const communes = readCsv('communes.csv').map((c): PlaceRow => {
    const wilaya = wilayaByCode.get(c.wilaya_code!);
    if (!wilaya) throw new Error(`commune ${c.name_fr} names unknown wilaya ${c.wilaya_code}`);
    return {
      id: placeId.commune(c.code_commune!),
      kind: 'COMMUNE',
      code: c.code_commune!,
      nameFr: c.name_fr!,
      nameAr: c.name_ar!,
      latitude: coordinate(c.latitude),
      longitude: coordinate(c.longitude),
      parentId: wilaya.id,
    };
  });
  return [country, ...wilayas, ...communes];
}
