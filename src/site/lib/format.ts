// Moved to src/shared (beijingDate). Kept only for the enquiry pages (components/enquiry/CaseStatus.astro,
// pages/enquiry/answers/) until the enquiry code moves into its module; delete then.
export { beijingDate as formatDate } from '../../shared'
