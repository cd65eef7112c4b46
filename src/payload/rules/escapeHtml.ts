// Moved to src/shared. Kept only for the enquiry export (collections/Enquiries/endpoints/exportCsv.ts)
// until the enquiry code moves into its module and imports from src/shared; delete then.
export { escapeHtml } from '../../shared'
