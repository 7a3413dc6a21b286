import { CreateOutbox1764500000000 } from './1764500000000-CreateOutbox.ts';
import { CreateCatalogue1763800000000 } from './1763800000000-CreateCatalogue.ts';
import { VendorDetailsAndOffers1763900000000 } from './1763900000000-VendorDetailsAndOffers.ts';
import { CreateSearchIndex1763900000001 } from './1763900000001-CreateSearchIndex.ts';
import { SearchIndexEarthColumn1763950000000 } from './1763950000000-SearchIndexEarthColumn.ts';
import { SearchIndexesForFacetsAndCategories1764000000000 } from './1764000000000-SearchIndexesForFacetsAndCategories.ts';
import { DailyCapacityAndBusyDays1764100000000 } from './1764100000000-DailyCapacityAndBusyDays.ts';
import { VendorTermsRevision1764100000001 } from './1764100000001-VendorTermsRevision.ts';
import { ResponseStats1764500000300 } from './1764500000300-ResponseStats.ts';
import { SearchIndexResponseFigures1765100000000 } from './1765100000000-SearchIndexResponseFigures.ts';

/** In the order they apply. */
export const migrations = [
  CreateCatalogue1763800000000,
  VendorDetailsAndOffers1763900000000,
  CreateSearchIndex1763900000001,
  SearchIndexEarthColumn1763950000000,
  SearchIndexesForFacetsAndCategories1764000000000,
  DailyCapacityAndBusyDays1764100000000,
  VendorTermsRevision1764100000001,
  CreateOutbox1764500000000,
  ResponseStats1764500000300,
  SearchIndexResponseFigures1765100000000,
];
