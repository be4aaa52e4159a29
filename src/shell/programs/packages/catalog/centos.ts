import type { Catalog } from './types';

export const centosCatalog: Catalog = { packages: {}, texts: {}, base: [] };
