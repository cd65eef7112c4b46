import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`category__status_pinned_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`category__status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`featured__status_publishedAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`category__status_pinned_publishedAt_createdAt_idx\` ON \`news\` (\`category\`,\`_status\`,\`pinned\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`category__status_publishedAt_createdAt_idx\` ON \`news\` (\`category\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`featured__status_publishedAt_createdAt_idx\` ON \`news\` (\`featured\`,\`_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`version_category_version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_featured_version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_news_v\` (\`version_category\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_news_v\` (\`version_featured\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_v\` (\`version_category\`,\`version__status\`,\`version_pinned\`,\`version_published_at\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`category__status_pinned_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`category__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`featured__status_publishedAt_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`category__status_pinned_publishedAt_idx\` ON \`news\` (\`category\`,\`_status\`,\`pinned\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`category__status_publishedAt_idx\` ON \`news\` (\`category\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`featured__status_publishedAt_idx\` ON \`news\` (\`featured\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_2_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_category_version__status_version_publishedAt_idx\` ON \`_news_v\` (\`version_category\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_featured_version__status_version_publishedAt_idx\` ON \`_news_v\` (\`version_featured\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_v\` (\`version_category\`,\`version__status\`,\`version_pinned\`,\`version_published_at\`);`)
}
