import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`annual_report_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`foi_table\` text;`)
  await db.run(sql`CREATE INDEX \`pages_annual_report_year_idx\` ON \`pages\` (\`annual_report_year\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_annual_report_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_foi_table\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_annual_report_year_idx\` ON \`_pages_v\` (\`version_annual_report_year\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`pages_annual_report_year_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`annual_report_year\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`foi_table\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_annual_report_year_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_annual_report_year\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_foi_table\`;`)
}
