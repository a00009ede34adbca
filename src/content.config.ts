// Astro looks for the collections here; they are defined with the integration.
import { kfuncdocCollections } from './integration/collections.ts';

export const collections = kfuncdocCollections();
