import type { Catalog } from './types';

export const alpineCatalog: Catalog = { packages: {}, texts: {}, base: [] };
