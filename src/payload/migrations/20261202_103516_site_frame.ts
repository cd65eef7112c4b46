import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_accounts_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`platform\` text,
  	\`qr_id\` text(36),
  	\`purpose\` text,
  	FOREIGN KEY (\`qr_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_accounts_order_idx\` ON \`media_accounts_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_accounts_parent_id_idx\` ON \`media_accounts_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_accounts_qr_idx\` ON \`media_accounts_accounts\` (\`qr_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_approvals_order_idx\` ON \`media_accounts_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_approvals_parent_id_idx\` ON \`media_accounts_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_approvals_user_idx\` ON \`media_accounts_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_review_log_order_idx\` ON \`media_accounts_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_review_log_parent_id_idx\` ON \`media_accounts_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_review_log_user_idx\` ON \`media_accounts_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_workflow_state_idx\` ON \`media_accounts\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_last_edited_by_idx\` ON \`media_accounts\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts__status_idx\` ON \`media_accounts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`media_accounts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_order_idx\` ON \`media_accounts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_parent_idx\` ON \`media_accounts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_path_idx\` ON \`media_accounts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_media_id_idx\` ON \`media_accounts_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`media_accounts_rels_users_id_idx\` ON \`media_accounts_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_version_accounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`platform\` text,
  	\`qr_id\` text(36),
  	\`purpose\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`qr_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_accounts_order_idx\` ON \`_media_accounts_v_version_accounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_accounts_parent_id_idx\` ON \`_media_accounts_v_version_accounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_accounts_qr_idx\` ON \`_media_accounts_v_version_accounts\` (\`qr_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_approvals_order_idx\` ON \`_media_accounts_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_approvals_parent_id_idx\` ON \`_media_accounts_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_approvals_user_idx\` ON \`_media_accounts_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`user_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_review_log_order_idx\` ON \`_media_accounts_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_review_log_parent_id_idx\` ON \`_media_accounts_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_review_log_user_idx\` ON \`_media_accounts_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_version_workflow_state_idx\` ON \`_media_accounts_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_version_last_edited_by_idx\` ON \`_media_accounts_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_version_version__status_idx\` ON \`_media_accounts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_created_at_idx\` ON \`_media_accounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_updated_at_idx\` ON \`_media_accounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_latest_idx\` ON \`_media_accounts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_media_accounts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_media_accounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_order_idx\` ON \`_media_accounts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_parent_idx\` ON \`_media_accounts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_path_idx\` ON \`_media_accounts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_media_id_idx\` ON \`_media_accounts_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_accounts_v_rels_users_id_idx\` ON \`_media_accounts_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`error_report_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`identity_mark_image_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`identity_mark_href\` text;`)
  await db.run(sql`CREATE INDEX \`site_settings_identity_mark_identity_mark_image_idx\` ON \`site_settings\` (\`identity_mark_image_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_media_id_idx\` ON \`site_settings_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_error_report_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_identity_mark_image_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_identity_mark_href\` text;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_identity_mark_version_identity__idx\` ON \`_site_settings_v\` (\`version_identity_mark_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_media_id_idx\` ON \`_site_settings_v_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_accounts_accounts\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_approvals\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_review_log\`;`)
  await db.run(sql`DROP TABLE \`media_accounts\`;`)
  await db.run(sql`DROP TABLE \`media_accounts_rels\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_version_accounts\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v\`;`)
  await db.run(sql`DROP TABLE \`_media_accounts_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '退役军人事务局',
  	\`host\` text DEFAULT '退役军人事务局',
  	\`site_id_code\` text,
  	\`icp\` text,
  	\`psb\` text,
  	\`organization_code\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`address\` text,
  	\`postcode\` text,
  	\`office_hours\` text,
  	\`map_tile_url\` text,
  	\`map_subdomains\` text,
  	\`map_max_zoom\` numeric DEFAULT 18,
  	\`map_attribution\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "workflow_state", "review_stage", "last_edited_by_id", "_status", "updated_at", "created_at") SELECT "id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "workflow_state", "review_stage", "last_edited_by_id", "_status", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_settings_workflow_state_idx\` ON \`site_settings\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_last_edited_by_idx\` ON \`site_settings\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`site_settings_rels\`;`)
  await db.run(sql`DROP TABLE \`site_settings_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_rels\` RENAME TO \`site_settings_rels\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_order_idx\` ON \`site_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_parent_idx\` ON \`site_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_path_idx\` ON \`site_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_users_id_idx\` ON \`site_settings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_site_name\` text DEFAULT '退役军人事务局',
  	\`version_host\` text DEFAULT '退役军人事务局',
  	\`version_site_id_code\` text,
  	\`version_icp\` text,
  	\`version_psb\` text,
  	\`version_organization_code\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_address\` text,
  	\`version_postcode\` text,
  	\`version_office_hours\` text,
  	\`version_map_tile_url\` text,
  	\`version_map_subdomains\` text,
  	\`version_map_max_zoom\` numeric DEFAULT 18,
  	\`version_map_attribution\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_site_name", "version_host", "version_site_id_code", "version_icp", "version_psb", "version_organization_code", "version_phone", "version_email", "version_address", "version_postcode", "version_office_hours", "version_map_tile_url", "version_map_subdomains", "version_map_max_zoom", "version_map_attribution", "version_workflow_state", "version_review_stage", "version_last_edited_by_id", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest") SELECT "id", "version_site_name", "version_host", "version_site_id_code", "version_icp", "version_psb", "version_organization_code", "version_phone", "version_email", "version_address", "version_postcode", "version_office_hours", "version_map_tile_url", "version_map_subdomains", "version_map_max_zoom", "version_map_attribution", "version_workflow_state", "version_review_stage", "version_last_edited_by_id", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_workflow_state_idx\` ON \`_site_settings_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_last_edited_by_idx\` ON \`_site_settings_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`_site_settings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v_rels\` RENAME TO \`_site_settings_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_order_idx\` ON \`_site_settings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_parent_idx\` ON \`_site_settings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_path_idx\` ON \`_site_settings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_users_id_idx\` ON \`_site_settings_v_rels\` (\`users_id\`);`)
}
