import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Reference data as it shipped with this migration, kept here so replaying history inserts what ran: the
// categories with their ids, and the places read from the CSV files with ids made the same way.

/** [id, slug, French name, Arabic name], in the catalogue's order. */
const categories: [id: string, slug: string, nameFr: string, nameAr: string][] = [
  ['351b5529-d44e-5c10-80ef-f0609e946676', 'salle-des-fetes', 'Salle des fêtes', 'قاعة الحفلات'],
  ['498bdd56-1f49-542b-a9b2-aa2fcbca8780', 'traiteur', 'Traiteur', 'ممون الحفلات'],
  ['0a089593-2e2a-55fa-a753-35227547bf8e', 'photographe-videaste', 'Photographe / vidéaste', 'مصور / مصور فيديو'],
  ['1e911f09-1fb9-5126-9fa1-c7dd30f893a5', 'patissier', 'Pâtissier', 'حلواني'],
  ['849586bb-0c80-5723-ace9-662dda382063', 'negafa-habilleuse', 'Négafa / habilleuse', 'نقافة / مُلبِّسة'],
  ['162f2429-c761-5c99-9cdc-e242ceb349fa', 'dj-orchestre-troupe', 'DJ / orchestre / troupe', 'دي جي / فرقة موسيقية'],
  ['a0dc7fce-f8a5-5f5f-83cf-8402502649ce', 'voitures-de-cortege', 'Voitures de cortège', 'سيارات الموكب'],
  ['21629b79-673f-5021-9e9d-261a3adcdff2', 'tenues', 'Tenues', 'الأزياء'],
  ['731fe4eb-9f29-584e-82d8-3e3e7bf8e222', 'coiffure-esthetique', 'Coiffure / esthétique', 'تصفيف الشعر / التجميل'],
  ['f33f0ac9-2c85-56b2-9a7a-06d9cc4a88f5', 'decoration', 'Décoration', 'الديكور'],
  ['1031a395-9dff-59e8-a43c-cec36577a5d7', 'faire-part', 'Faire-part', 'بطاقات الدعوة'],
  ['066adb0b-b199-58bb-8ce2-93b2db186efc', 'wedding-planner', 'Wedding planner', 'منظم الأعراس'],
];

/** A name-based UUID (version 5, SHA-1), as the places' ids were made. */
function nameId(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Place {
  id: string;
  kind: 'COUNTRY' | 'WILAYA' | 'COMMUNE';
  code: string;
  nameFr: string;
  nameAr: string;
  latitude: number | null;
  longitude: number | null;
  parentId: string | null;
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`../../data/algeria/${file}`, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v.trim()])));
}

const coordinate = (v: string | undefined) => (v ? Number(v) : null);

/** Algeria's wilayas and communes as a tree under the country. */
function loadPlaces(): Place[] {
  const country: Place = {
    id: nameId('place', 'country:DZ'),
    kind: 'COUNTRY',
    code: 'DZ',
    nameFr: 'Algérie',
    nameAr: 'الجزائر',
    latitude: 28.0339,
    longitude: 1.6596,
    parentId: null,
  };
  const wilayaByCode = new Map<string, Place>();
  const wilayas = readCsv('wilayas.csv').map((w) => {
    const row: Place = {
      id: nameId('place', `wilaya:${w.name_fr!}`),
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
  const communes = readCsv('communes.csv').map((c): Place => {
    const wilaya = wilayaByCode.get(c.wilaya_code!);
    if (!wilaya) throw new Error(`commune ${c.name_fr} names unknown wilaya ${c.wilaya_code}`);
    return {
      id: nameId('place', `commune:${c.code_commune!}`),
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

export class CreateCatalogue1763800000000 implements MigrationInterface {
  name = 'CreateCatalogue1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE places (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('COUNTRY', 'WILAYA', 'COMMUNE')),
        code text,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        latitude double precision,
        longitude double precision,
        parent_id uuid REFERENCES places(id)
      )`);
    await q.query(`CREATE INDEX places_parent_idx ON places (parent_id)`);
    await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        position int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        category_id uuid NOT NULL REFERENCES categories(id),
        place_id uuid NOT NULL REFERENCES places(id),
        owner_id uuid NOT NULL,
        capacity int CHECK (capacity > 0),
        price_min int CHECK (price_min >= 0),
        price_max int CHECK (price_max >= price_min),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUSPENDED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The default listing: published vendors, newest first, paged by (created_at, id).
    await q.query(`CREATE INDEX vendors_published_newest_idx ON vendors (created_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX vendors_owner_idx ON vendors (owner_id)`);

    // Reference data ships with the schema: every install has the same places and categories, with the same ids.
    const places = loadPlaces();
    for (let i = 0; i < places.length; i += 500) {
      const chunk = places.slice(i, i + 500);
      await q.query(
        `INSERT INTO places (id, kind, code, name_fr, name_ar, latitude, longitude, parent_id)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::uuid[])`,
        [
          chunk.map((p) => p.id),
          chunk.map((p) => p.kind),
          chunk.map((p) => p.code),
          chunk.map((p) => p.nameFr),
          chunk.map((p) => p.nameAr),
          chunk.map((p) => p.latitude),
          chunk.map((p) => p.longitude),
          chunk.map((p) => p.parentId),
        ],
      );
    }
    for (const [position, [id, slug, nameFr, nameAr]] of categories.entries()) {
      await q.query(`INSERT INTO categories (id, slug, name_fr, name_ar, position) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        slug,
        nameFr,
        nameAr,
        position,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vendors, categories, places`);
  }
}
