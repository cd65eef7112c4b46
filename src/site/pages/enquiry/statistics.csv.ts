import type { APIRoute } from 'astro'

import { statisticsCsv } from '../../../payload/cases'
import { statistics } from '../../lib/enquiries'

/** The monthly figures as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese headers). */
export const GET: APIRoute = async () =>
  new Response(`\uFEFF${statisticsCsv(await statistics(12))}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="enquiry-statistics.csv"',
      'cache-control': 'public, max-age=600',
    },
  })
