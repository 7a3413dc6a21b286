import { EntitySchema } from 'typeorm';

export interface CategoryRow {
  id: string;
  slug: string;
  nameFr: string;
  nameAr: string;
  position: number;
}

export const CategoryEntity = new EntitySchema<CategoryRow>({
  name: 'Category',
  tableName: 'categories',
  columns: {
    id: { type: 'uuid', primary: true },
    slug: { type: 'text', unique: true },
    nameFr: { type: 'text', name: 'name_fr' },
    nameAr: { type: 'text', name: 'name_ar' },
    position: { type: 'int' },
  },
});
