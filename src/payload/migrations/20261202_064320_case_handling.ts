import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`enquiries\` ADD \`close_reason\` text;`)
  await db.run(sql`ALTER TABLE \`reply_templates\` ADD \`created_by_id\` text(36) REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`reply_templates_created_by_idx\` ON \`reply_templates\` (\`created_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reply_templates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reply_templates\`("id", "title", "kind", "body", "updated_at", "created_at") SELECT "id", "title", "kind", "body", "updated_at", "created_at" FROM \`reply_templates\`;`)
  await db.run(sql`DROP TABLE \`reply_templates\`;`)
  await db.run(sql`ALTER TABLE \`__new_reply_templates\` RENAME TO \`reply_templates\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reply_templates_updated_at_idx\` ON \`reply_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reply_templates_created_at_idx\` ON \`reply_templates\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`enquiries\` DROP COLUMN \`close_reason\`;`)
}
