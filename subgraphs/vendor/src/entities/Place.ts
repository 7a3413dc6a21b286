import { EntitySchema } from 'typeorm';

export type PlaceKind = 'COUNTRY' | 'WILAYA' | 'COMMUNE';

export interface PlaceRow {
  id: string;
  kind: PlaceKind;
  code: string | null;
  nameFr: string;
  nameAr: string;
  latitude: number | null;
  longitude: number | null;
  parentId: string | null;
}

export const PlaceEntity = new EntitySchema<PlaceRow>({
  name: 'Place',
  tableName: 'places',
  columns: {
    id: { type: 'uuid', primary: true },
    kind: { type: 'text' },
    code: { type: 'text', nullable: true },
    nameFr: { type: 'text', name: 'name_fr' },
    nameAr: { type: 'text', name: 'name_ar' },
    latitude: { type: 'double precision', nullable: true },
    longitude: { type: 'double precision', nullable: true },
    parentId: { type: 'uuid', name: 'parent_id', nullable: true },
  },
});
