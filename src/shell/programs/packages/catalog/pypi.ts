import type { Catalog } from './types';

export const pypiCatalog: Catalog = { packages: {}, texts: {}, base: [] };
