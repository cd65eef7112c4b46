import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_approvals_order_idx\` ON \`news_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_approvals_parent_id_idx\` ON \`news_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_approvals_user_idx\` ON \`news_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`news_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_review_log_order_idx\` ON \`news_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_review_log_parent_id_idx\` ON \`news_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_review_log_user_idx\` ON \`news_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`news_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_change_log_order_idx\` ON \`news_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_change_log_parent_id_idx\` ON \`news_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`category\` text DEFAULT 'work',
  	\`summary\` text,
  	\`cover_id\` text(36),
  	\`body\` text,
  	\`source\` text DEFAULT '本站',
  	\`author\` text,
  	\`editor\` text,
  	\`region_name\` text,
  	\`region_code\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`featured\` integer DEFAULT false,
  	\`pinned\` integer DEFAULT false,
  	\`import_record_source_file\` text,
  	\`import_record_imported_at\` text,
  	\`import_record_suggested_category\` text,
  	\`import_record_category_reason\` text,
  	\`import_record_warnings\` text,
  	\`import_record_converted_from_traditional\` integer,
  	\`import_record_original_text\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`created_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_category_idx\` ON \`news\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_state_idx\` ON \`news\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`news_created_by_idx\` ON \`news\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_last_edited_by_idx\` ON \`news\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`stations_id\` text(36),
  	\`veterans_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_media_id_idx\` ON \`news_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_stations_id_idx\` ON \`news_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_veterans_id_idx\` ON \`news_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_approvals_order_idx\` ON \`_news_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_approvals_parent_id_idx\` ON \`_news_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_approvals_user_idx\` ON \`_news_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_log_order_idx\` ON \`_news_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_log_parent_id_idx\` ON \`_news_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_review_log_user_idx\` ON \`_news_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_log_order_idx\` ON \`_news_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_log_parent_id_idx\` ON \`_news_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_category\` text DEFAULT 'work',
  	\`version_summary\` text,
  	\`version_cover_id\` text(36),
  	\`version_body\` text,
  	\`version_source\` text DEFAULT '本站',
  	\`version_author\` text,
  	\`version_editor\` text,
  	\`version_region_name\` text,
  	\`version_region_code\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_pinned\` integer DEFAULT false,
  	\`version_import_record_source_file\` text,
  	\`version_import_record_imported_at\` text,
  	\`version_import_record_suggested_category\` text,
  	\`version_import_record_category_reason\` text,
  	\`version_import_record_warnings\` text,
  	\`version_import_record_converted_from_traditional\` integer,
  	\`version_import_record_original_text\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_created_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_category_idx\` ON \`_news_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_workflow_state_idx\` ON \`_news_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_by_idx\` ON \`_news_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_last_edited_by_idx\` ON \`_news_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`stations_id\` text(36),
  	\`veterans_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_media_id_idx\` ON \`_news_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_stations_id_idx\` ON \`_news_v_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_veterans_id_idx\` ON \`_news_v_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_approvals_order_idx\` ON \`policies_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_approvals_parent_id_idx\` ON \`policies_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_approvals_user_idx\` ON \`policies_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_review_log_order_idx\` ON \`policies_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_review_log_parent_id_idx\` ON \`policies_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_review_log_user_idx\` ON \`policies_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_change_log_order_idx\` ON \`policies_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_change_log_parent_id_idx\` ON \`policies_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`document_number\` text,
  	\`issuer\` text,
  	\`signed_at\` text,
  	\`effective_at\` text,
  	\`validity\` text DEFAULT 'in_force',
  	\`replaced_by_id\` text(36),
  	\`topic\` text,
  	\`body\` text,
  	\`index_number\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`created_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_replaced_by_idx\` ON \`policies\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_index_number_idx\` ON \`policies\` (\`index_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policies_published_at_idx\` ON \`policies\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_workflow_state_idx\` ON \`policies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_by_idx\` ON \`policies\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_last_edited_by_idx\` ON \`policies\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_approvals_order_idx\` ON \`_policies_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_approvals_parent_id_idx\` ON \`_policies_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_approvals_user_idx\` ON \`_policies_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_review_log_order_idx\` ON \`_policies_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_review_log_parent_id_idx\` ON \`_policies_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_review_log_user_idx\` ON \`_policies_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_change_log_order_idx\` ON \`_policies_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_change_log_parent_id_idx\` ON \`_policies_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_document_number\` text,
  	\`version_issuer\` text,
  	\`version_signed_at\` text,
  	\`version_effective_at\` text,
  	\`version_validity\` text DEFAULT 'in_force',
  	\`version_replaced_by_id\` text(36),
  	\`version_topic\` text,
  	\`version_body\` text,
  	\`version_index_number\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_created_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replaced_by_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_replaced_by_idx\` ON \`_policies_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_index_number_idx\` ON \`_policies_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_published_at_idx\` ON \`_policies_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_workflow_state_idx\` ON \`_policies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_by_idx\` ON \`_policies_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_last_edited_by_idx\` ON \`_policies_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_approvals_order_idx\` ON \`interpretations_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_approvals_parent_id_idx\` ON \`interpretations_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_approvals_user_idx\` ON \`interpretations_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_review_log_order_idx\` ON \`interpretations_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_review_log_parent_id_idx\` ON \`interpretations_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_review_log_user_idx\` ON \`interpretations_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_change_log_order_idx\` ON \`interpretations_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_change_log_parent_id_idx\` ON \`interpretations_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`policy_id\` text(36),
  	\`source\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`created_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_policy_idx\` ON \`interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`interpretations_slug_idx\` ON \`interpretations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_published_at_idx\` ON \`interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_workflow_state_idx\` ON \`interpretations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_by_idx\` ON \`interpretations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_last_edited_by_idx\` ON \`interpretations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_approvals_order_idx\` ON \`_interpretations_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_approvals_parent_id_idx\` ON \`_interpretations_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_approvals_user_idx\` ON \`_interpretations_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_review_log_order_idx\` ON \`_interpretations_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_review_log_parent_id_idx\` ON \`_interpretations_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_review_log_user_idx\` ON \`_interpretations_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_change_log_order_idx\` ON \`_interpretations_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_change_log_parent_id_idx\` ON \`_interpretations_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_policy_id\` text(36),
  	\`version_source\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_created_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_policy_idx\` ON \`_interpretations_v\` (\`version_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_slug_idx\` ON \`_interpretations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_published_at_idx\` ON \`_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_workflow_state_idx\` ON \`_interpretations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_by_idx\` ON \`_interpretations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_last_edited_by_idx\` ON \`_interpretations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`stations_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`level\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_honours_order_idx\` ON \`stations_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stations_honours_parent_id_idx\` ON \`stations_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_standards_seven_ones\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_standards_seven_ones_order_idx\` ON \`stations_standards_seven_ones\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stations_standards_seven_ones_parent_idx\` ON \`stations_standards_seven_ones\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_standards_five_has\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_standards_five_has_order_idx\` ON \`stations_standards_five_has\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stations_standards_five_has_parent_idx\` ON \`stations_standards_five_has\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_standards_four_has\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_standards_four_has_order_idx\` ON \`stations_standards_four_has\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stations_standards_four_has_parent_idx\` ON \`stations_standards_four_has\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_facilities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_facilities_order_idx\` ON \`stations_facilities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stations_facilities_parent_id_idx\` ON \`stations_facilities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_services_order_idx\` ON \`stations_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stations_services_parent_id_idx\` ON \`stations_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_approvals_order_idx\` ON \`stations_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stations_approvals_parent_id_idx\` ON \`stations_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_approvals_user_idx\` ON \`stations_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_review_log_order_idx\` ON \`stations_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stations_review_log_parent_id_idx\` ON \`stations_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_review_log_user_idx\` ON \`stations_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`stations_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_change_log_order_idx\` ON \`stations_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stations_change_log_parent_id_idx\` ON \`stations_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`level\` text,
  	\`parent_id\` text(36),
  	\`region_name\` text,
  	\`region_code\` text,
  	\`address\` text,
  	\`geo_lat\` numeric,
  	\`geo_lng\` numeric,
  	\`phone\` text,
  	\`opening_hours\` text,
  	\`head_name\` text,
  	\`head_photo_id\` text(36),
  	\`star_rating\` numeric,
  	\`story\` text,
  	\`slug\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`created_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_level_idx\` ON \`stations\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`stations_parent_idx\` ON \`stations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_head_head_photo_idx\` ON \`stations\` (\`head_photo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`stations_slug_idx\` ON \`stations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stations_workflow_state_idx\` ON \`stations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`stations_created_by_idx\` ON \`stations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_last_edited_by_idx\` ON \`stations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_updated_at_idx\` ON \`stations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stations_created_at_idx\` ON \`stations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stations__status_idx\` ON \`stations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`stations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stations_rels_order_idx\` ON \`stations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stations_rels_parent_idx\` ON \`stations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_rels_path_idx\` ON \`stations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stations_rels_media_id_idx\` ON \`stations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_honours_order_idx\` ON \`_stations_v_version_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_honours_parent_id_idx\` ON \`_stations_v_version_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_standards_seven_ones\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_standards_seven_ones_order_idx\` ON \`_stations_v_version_standards_seven_ones\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_standards_seven_ones_parent_idx\` ON \`_stations_v_version_standards_seven_ones\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_standards_five_has\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_standards_five_has_order_idx\` ON \`_stations_v_version_standards_five_has\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_standards_five_has_parent_idx\` ON \`_stations_v_version_standards_five_has\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_standards_four_has\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_standards_four_has_order_idx\` ON \`_stations_v_version_standards_four_has\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_standards_four_has_parent_idx\` ON \`_stations_v_version_standards_four_has\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_facilities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_facilities_order_idx\` ON \`_stations_v_version_facilities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_facilities_parent_id_idx\` ON \`_stations_v_version_facilities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_services_order_idx\` ON \`_stations_v_version_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_services_parent_id_idx\` ON \`_stations_v_version_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_approvals_order_idx\` ON \`_stations_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_approvals_parent_id_idx\` ON \`_stations_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_approvals_user_idx\` ON \`_stations_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_review_log_order_idx\` ON \`_stations_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_review_log_parent_id_idx\` ON \`_stations_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_review_log_user_idx\` ON \`_stations_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_version_change_log_order_idx\` ON \`_stations_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_change_log_parent_id_idx\` ON \`_stations_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_level\` text,
  	\`version_parent_id\` text(36),
  	\`version_region_name\` text,
  	\`version_region_code\` text,
  	\`version_address\` text,
  	\`version_geo_lat\` numeric,
  	\`version_geo_lng\` numeric,
  	\`version_phone\` text,
  	\`version_opening_hours\` text,
  	\`version_head_name\` text,
  	\`version_head_photo_id\` text(36),
  	\`version_star_rating\` numeric,
  	\`version_story\` text,
  	\`version_slug\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_created_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_head_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_parent_idx\` ON \`_stations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_level_idx\` ON \`_stations_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_parent_idx\` ON \`_stations_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_head_version_head_photo_idx\` ON \`_stations_v\` (\`version_head_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_slug_idx\` ON \`_stations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_workflow_state_idx\` ON \`_stations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_created_by_idx\` ON \`_stations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_last_edited_by_idx\` ON \`_stations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_updated_at_idx\` ON \`_stations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version_created_at_idx\` ON \`_stations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_version_version__status_idx\` ON \`_stations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_created_at_idx\` ON \`_stations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_updated_at_idx\` ON \`_stations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_latest_idx\` ON \`_stations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_stations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_order_idx\` ON \`_stations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_parent_idx\` ON \`_stations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_path_idx\` ON \`_stations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_media_id_idx\` ON \`_stations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`year\` numeric,
  	\`awarded_by\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_honours_order_idx\` ON \`veterans_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`veterans_honours_parent_id_idx\` ON \`veterans_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_approvals_order_idx\` ON \`veterans_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`veterans_approvals_parent_id_idx\` ON \`veterans_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_approvals_user_idx\` ON \`veterans_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_review_log_order_idx\` ON \`veterans_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`veterans_review_log_parent_id_idx\` ON \`veterans_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_review_log_user_idx\` ON \`veterans_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_change_log_order_idx\` ON \`veterans_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`veterans_change_log_parent_id_idx\` ON \`veterans_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`photo_id\` text(36),
  	\`summary\` text,
  	\`branch\` text,
  	\`service_years\` text,
  	\`region_name\` text,
  	\`region_code\` text,
  	\`station_id\` text(36),
  	\`story\` text,
  	\`consent_given\` integer DEFAULT false,
  	\`consent_recorded_at\` text,
  	\`consent_note\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`created_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_photo_idx\` ON \`veterans\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_station_idx\` ON \`veterans\` (\`station_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`veterans_slug_idx\` ON \`veterans\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`veterans_published_at_idx\` ON \`veterans\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`veterans_workflow_state_idx\` ON \`veterans\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`veterans_created_by_idx\` ON \`veterans\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_last_edited_by_idx\` ON \`veterans\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_updated_at_idx\` ON \`veterans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`veterans_created_at_idx\` ON \`veterans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`veterans__status_idx\` ON \`veterans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v_version_honours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`year\` numeric,
  	\`awarded_by\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_veterans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_honours_order_idx\` ON \`_veterans_v_version_honours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_honours_parent_id_idx\` ON \`_veterans_v_version_honours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_veterans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_approvals_order_idx\` ON \`_veterans_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_approvals_parent_id_idx\` ON \`_veterans_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_approvals_user_idx\` ON \`_veterans_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_veterans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_review_log_order_idx\` ON \`_veterans_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_review_log_parent_id_idx\` ON \`_veterans_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_review_log_user_idx\` ON \`_veterans_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_veterans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_change_log_order_idx\` ON \`_veterans_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_change_log_parent_id_idx\` ON \`_veterans_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_photo_id\` text(36),
  	\`version_summary\` text,
  	\`version_branch\` text,
  	\`version_service_years\` text,
  	\`version_region_name\` text,
  	\`version_region_code\` text,
  	\`version_station_id\` text(36),
  	\`version_story\` text,
  	\`version_consent_given\` integer DEFAULT false,
  	\`version_consent_recorded_at\` text,
  	\`version_consent_note\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_created_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_parent_idx\` ON \`_veterans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_photo_idx\` ON \`_veterans_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_station_idx\` ON \`_veterans_v\` (\`version_station_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_slug_idx\` ON \`_veterans_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_published_at_idx\` ON \`_veterans_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_workflow_state_idx\` ON \`_veterans_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_created_by_idx\` ON \`_veterans_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_last_edited_by_idx\` ON \`_veterans_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_updated_at_idx\` ON \`_veterans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version_created_at_idx\` ON \`_veterans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_version_version__status_idx\` ON \`_veterans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_created_at_idx\` ON \`_veterans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_updated_at_idx\` ON \`_veterans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_latest_idx\` ON \`_veterans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`commendations_honourees_staff\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_honourees_staff_order_idx\` ON \`commendations_honourees_staff\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_honourees_staff_parent_id_idx\` ON \`commendations_honourees_staff\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commendations_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_approvals_order_idx\` ON \`commendations_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_approvals_parent_id_idx\` ON \`commendations_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_approvals_user_idx\` ON \`commendations_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`commendations_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_review_log_order_idx\` ON \`commendations_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_review_log_parent_id_idx\` ON \`commendations_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_review_log_user_idx\` ON \`commendations_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`commendations_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_change_log_order_idx\` ON \`commendations_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_change_log_parent_id_idx\` ON \`commendations_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`commendations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`issuer\` text,
  	\`document_number\` text,
  	\`date\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`created_by_id\` text(36),
  	\`last_edited_by_id\` text(36),
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`withdrawal_mode\` text,
  	\`withdrawal_public_reason\` text,
  	\`withdrawal_internal_reason\` text,
  	\`withdrawal_at\` text,
  	\`change_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`commendations_slug_idx\` ON \`commendations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`commendations_published_at_idx\` ON \`commendations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`commendations_workflow_state_idx\` ON \`commendations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`commendations_created_by_idx\` ON \`commendations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_last_edited_by_idx\` ON \`commendations\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_updated_at_idx\` ON \`commendations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`commendations_created_at_idx\` ON \`commendations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`commendations__status_idx\` ON \`commendations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`commendations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`veterans_id\` text(36),
  	\`stations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commendations_rels_order_idx\` ON \`commendations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_parent_idx\` ON \`commendations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_path_idx\` ON \`commendations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_veterans_id_idx\` ON \`commendations_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_stations_id_idx\` ON \`commendations_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_honourees_staff\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_honourees_staff_order_idx\` ON \`_commendations_v_version_honourees_staff\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_honourees_staff_parent_id_idx\` ON \`_commendations_v_version_honourees_staff\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_approvals_order_idx\` ON \`_commendations_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_approvals_parent_id_idx\` ON \`_commendations_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_approvals_user_idx\` ON \`_commendations_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_review_log_order_idx\` ON \`_commendations_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_review_log_parent_id_idx\` ON \`_commendations_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_review_log_user_idx\` ON \`_commendations_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_change_log_order_idx\` ON \`_commendations_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_change_log_parent_id_idx\` ON \`_commendations_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_issuer\` text,
  	\`version_document_number\` text,
  	\`version_date\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_created_by_id\` text(36),
  	\`version_last_edited_by_id\` text(36),
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_withdrawal_mode\` text,
  	\`version_withdrawal_public_reason\` text,
  	\`version_withdrawal_internal_reason\` text,
  	\`version_withdrawal_at\` text,
  	\`version_change_note\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_parent_idx\` ON \`_commendations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_slug_idx\` ON \`_commendations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_published_at_idx\` ON \`_commendations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_workflow_state_idx\` ON \`_commendations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_created_by_idx\` ON \`_commendations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_last_edited_by_idx\` ON \`_commendations_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_updated_at_idx\` ON \`_commendations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version_created_at_idx\` ON \`_commendations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_version_version__status_idx\` ON \`_commendations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_created_at_idx\` ON \`_commendations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_updated_at_idx\` ON \`_commendations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_latest_idx\` ON \`_commendations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_commendations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`veterans_id\` text(36),
  	\`stations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_commendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_order_idx\` ON \`_commendations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_parent_idx\` ON \`_commendations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_path_idx\` ON \`_commendations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_veterans_id_idx\` ON \`_commendations_v_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_stations_id_idx\` ON \`_commendations_v_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`original_filename\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_original_filename_idx\` ON \`media\` (\`original_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`enquiries_assignments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`station_id\` text(36),
  	\`handler_id\` text(36),
  	\`by_id\` text(36),
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`enquiries_assignments_order_idx\` ON \`enquiries_assignments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_assignments_parent_id_idx\` ON \`enquiries_assignments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_assignments_station_idx\` ON \`enquiries_assignments\` (\`station_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_assignments_handler_idx\` ON \`enquiries_assignments\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_assignments_by_idx\` ON \`enquiries_assignments\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`enquiries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`topic\` text,
  	\`preferred_station_id\` text(36),
  	\`subject\` text NOT NULL,
  	\`body\` text,
  	\`contact_name\` text,
  	\`contact_phone_masked\` text,
  	\`contact_id_card_masked\` text,
  	\`contact_email\` text,
  	\`contact_phone_sealed\` text,
  	\`contact_id_card_sealed\` text,
  	\`consent_privacy_at\` text,
  	\`consent_publish\` integer,
  	\`decline_reason\` text,
  	\`station_id\` text(36),
  	\`handler_id\` text(36),
  	\`assignment_note\` text,
  	\`insert_template_id\` text(36),
  	\`reply\` text,
  	\`answering_department\` text,
  	\`extension_days\` numeric,
  	\`extension_reason\` text,
  	\`satisfaction\` text,
  	\`review_reason\` text,
  	\`publication_published\` integer,
  	\`publication_subject\` text,
  	\`publication_body\` text,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`tracking_code\` text NOT NULL,
  	\`clock_state\` text,
  	\`accept_deadline\` text,
  	\`answer_deadline\` text,
  	\`accepted_at\` text,
  	\`declined_at\` text,
  	\`answered_at\` text,
  	\`closed_at\` text,
  	\`review_requested_at\` text,
  	\`purged_at\` text,
  	\`secret_hash\` text,
  	\`submission_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`preferred_station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handler_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`insert_template_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enquiries_preferred_station_idx\` ON \`enquiries\` (\`preferred_station_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_station_idx\` ON \`enquiries\` (\`station_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_handler_idx\` ON \`enquiries\` (\`handler_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_insert_template_idx\` ON \`enquiries\` (\`insert_template_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_status_idx\` ON \`enquiries\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_tracking_code_idx\` ON \`enquiries\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_clock_state_idx\` ON \`enquiries\` (\`clock_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiries_submission_key_idx\` ON \`enquiries\` (\`submission_key\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_updated_at_idx\` ON \`enquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiries_created_at_idx\` ON \`enquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`enquiry_attachments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`enquiry_id\` text(36) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`enquiry_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enquiry_attachments_enquiry_idx\` ON \`enquiry_attachments\` (\`enquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_attachments_updated_at_idx\` ON \`enquiry_attachments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_attachments_created_at_idx\` ON \`enquiry_attachments\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`enquiry_attachments_filename_idx\` ON \`enquiry_attachments\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`reply_templates\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`reply_templates_updated_at_idx\` ON \`reply_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reply_templates_created_at_idx\` ON \`reply_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`enquiry_reveal_logs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`enquiry_id\` text(36) NOT NULL,
  	\`user_id\` text(36) NOT NULL,
  	\`fields\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`enquiry_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`enquiry_reveal_logs_enquiry_idx\` ON \`enquiry_reveal_logs\` (\`enquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_reveal_logs_user_idx\` ON \`enquiry_reveal_logs\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_reveal_logs_updated_at_idx\` ON \`enquiry_reveal_logs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`enquiry_reveal_logs_created_at_idx\` ON \`enquiry_reveal_logs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_reports_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`reason\` text,
  	\`title\` text,
  	\`news_id\` text(36),
  	\`duplicate_of_id\` text(36),
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`duplicate_of_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`import_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`import_reports_items_order_idx\` ON \`import_reports_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`import_reports_items_parent_id_idx\` ON \`import_reports_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`import_reports_items_news_idx\` ON \`import_reports_items\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`import_reports_items_duplicate_of_idx\` ON \`import_reports_items\` (\`duplicate_of_id\`);`)
  await db.run(sql`CREATE TABLE \`import_reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`started_by_id\` text(36),
  	\`convert_traditional\` integer,
  	\`imported\` numeric,
  	\`skipped\` numeric,
  	\`failed\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_reports_started_by_idx\` ON \`import_reports\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`import_reports_updated_at_idx\` ON \`import_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_reports_created_at_idx\` ON \`import_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`station_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_station_idx\` ON \`users\` (\`station_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`target_collection\` text,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` text(36),
  	\`policies_id\` text(36),
  	\`interpretations_id\` text(36),
  	\`stations_id\` text(36),
  	\`veterans_id\` text(36),
  	\`commendations_id\` text(36),
  	\`media_id\` text(36),
  	\`enquiries_id\` text(36),
  	\`enquiry_attachments_id\` text(36),
  	\`reply_templates_id\` text(36),
  	\`enquiry_reveal_logs_id\` text(36),
  	\`import_reports_id\` text(36),
  	\`users_id\` text(36),
  	\`audit_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`veterans_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`commendations_id\`) REFERENCES \`commendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_attachments_id\`) REFERENCES \`enquiry_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_reveal_logs_id\`) REFERENCES \`enquiry_reveal_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_reports_id\`) REFERENCES \`import_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_veterans_id_idx\` ON \`payload_locked_documents_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_commendations_id_idx\` ON \`payload_locked_documents_rels\` (\`commendations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_reveal_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_reveal_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`import_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT '退役军人事务局' NOT NULL,
  	\`host\` text DEFAULT '退役军人事务局' NOT NULL,
  	\`site_id_code\` text,
  	\`icp\` text,
  	\`psb\` text,
  	\`organization_code\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`address\` text,
  	\`postcode\` text,
  	\`office_hours\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`navigation_main\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_main_order_idx\` ON \`navigation_main\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_main_parent_id_idx\` ON \`navigation_main\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_footer_order_idx\` ON \`navigation_footer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_parent_id_idx\` ON \`navigation_footer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`holiday_calendar_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holiday_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holiday_calendar_holidays_order_idx\` ON \`holiday_calendar_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holiday_calendar_holidays_parent_id_idx\` ON \`holiday_calendar_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holiday_calendar_workdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holiday_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holiday_calendar_workdays_order_idx\` ON \`holiday_calendar_workdays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holiday_calendar_workdays_parent_id_idx\` ON \`holiday_calendar_workdays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holiday_calendar\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`banned_words\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`blocked\` text,
  	\`sensitive\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_approvals\`;`)
  await db.run(sql`DROP TABLE \`news_review_log\`;`)
  await db.run(sql`DROP TABLE \`news_change_log\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policies_approvals\`;`)
  await db.run(sql`DROP TABLE \`policies_review_log\`;`)
  await db.run(sql`DROP TABLE \`policies_change_log\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_approvals\`;`)
  await db.run(sql`DROP TABLE \`interpretations_review_log\`;`)
  await db.run(sql`DROP TABLE \`interpretations_change_log\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`stations_honours\`;`)
  await db.run(sql`DROP TABLE \`stations_standards_seven_ones\`;`)
  await db.run(sql`DROP TABLE \`stations_standards_five_has\`;`)
  await db.run(sql`DROP TABLE \`stations_standards_four_has\`;`)
  await db.run(sql`DROP TABLE \`stations_facilities\`;`)
  await db.run(sql`DROP TABLE \`stations_services\`;`)
  await db.run(sql`DROP TABLE \`stations_approvals\`;`)
  await db.run(sql`DROP TABLE \`stations_review_log\`;`)
  await db.run(sql`DROP TABLE \`stations_change_log\`;`)
  await db.run(sql`DROP TABLE \`stations\`;`)
  await db.run(sql`DROP TABLE \`stations_rels\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_honours\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_standards_seven_ones\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_standards_five_has\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_standards_four_has\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_facilities\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_services\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_stations_v\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`veterans_honours\`;`)
  await db.run(sql`DROP TABLE \`veterans_approvals\`;`)
  await db.run(sql`DROP TABLE \`veterans_review_log\`;`)
  await db.run(sql`DROP TABLE \`veterans_change_log\`;`)
  await db.run(sql`DROP TABLE \`veterans\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v_version_honours\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v\`;`)
  await db.run(sql`DROP TABLE \`commendations_honourees_staff\`;`)
  await db.run(sql`DROP TABLE \`commendations_approvals\`;`)
  await db.run(sql`DROP TABLE \`commendations_review_log\`;`)
  await db.run(sql`DROP TABLE \`commendations_change_log\`;`)
  await db.run(sql`DROP TABLE \`commendations\`;`)
  await db.run(sql`DROP TABLE \`commendations_rels\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_honourees_staff\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`enquiries_assignments\`;`)
  await db.run(sql`DROP TABLE \`enquiries\`;`)
  await db.run(sql`DROP TABLE \`enquiry_attachments\`;`)
  await db.run(sql`DROP TABLE \`reply_templates\`;`)
  await db.run(sql`DROP TABLE \`enquiry_reveal_logs\`;`)
  await db.run(sql`DROP TABLE \`import_reports_items\`;`)
  await db.run(sql`DROP TABLE \`import_reports\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`navigation_main\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendar_holidays\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendar_workdays\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendar\`;`)
  await db.run(sql`DROP TABLE \`banned_words\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
