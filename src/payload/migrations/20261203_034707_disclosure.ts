import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news\` ADD \`disclosure_category\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`index_number\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_index_number_idx\` ON \`news\` (\`index_number\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_disclosure_category\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_index_number\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_index_number_idx\` ON \`_news_v\` (\`version_index_number\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`disclosure_category\` text DEFAULT 'regulations';`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_disclosure_category\` text DEFAULT 'regulations';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`disclosure_category\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`index_number\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_index_number_idx\` ON \`pages\` (\`index_number\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_disclosure_category\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_index_number\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_index_number_idx\` ON \`_pages_v\` (\`version_index_number\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_index_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`disclosure_category\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`index_number\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_index_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_disclosure_category\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_index_number\`;`)
  await db.run(sql`DROP INDEX \`pages_index_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`disclosure_category\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`index_number\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_index_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_disclosure_category\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_index_number\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`disclosure_category\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_disclosure_category\`;`)
}
