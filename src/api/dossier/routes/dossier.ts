import { publishedReadRouter } from '../../../lib/core-router';

// No public listing: dossiers are looked up one code at a time (routes/01-lookup.ts); the full-access
// token of the one-stop tools may still write single dossiers through REST.
export default publishedReadRouter('api::dossier.dossier', ['create', 'update', 'delete']);
