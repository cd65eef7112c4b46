import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_tile_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_subdomains\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_max_zoom\` numeric DEFAULT 18;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_attribution\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_tile_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_subdomains\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_max_zoom\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_attribution\`;`)
}
