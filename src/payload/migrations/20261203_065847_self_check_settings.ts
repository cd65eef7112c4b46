import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`self_check_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`home_days\` numeric DEFAULT 14 NOT NULL,
  	\`news_days\` numeric DEFAULT 14 NOT NULL,
  	\`notice_days\` numeric DEFAULT 183 NOT NULL,
  	\`policy_days\` numeric DEFAULT 183 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`self_check_settings\`;`)
}
