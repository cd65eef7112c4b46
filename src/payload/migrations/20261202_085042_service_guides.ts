import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`service_guides_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_audiences_order_idx\` ON \`service_guides_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_audiences_parent_idx\` ON \`service_guides_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`form\` text,
  	\`copies\` numeric DEFAULT 1,
  	\`note\` text,
  	\`blank_form_id\` text(36),
  	\`sample_id\` text(36),
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_materials_order_idx\` ON \`service_guides_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_materials_parent_id_idx\` ON \`service_guides_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_materials_blank_form_idx\` ON \`service_guides_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_materials_sample_idx\` ON \`service_guides_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_steps_order_idx\` ON \`service_guides_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_steps_parent_id_idx\` ON \`service_guides_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_faq_order_idx\` ON \`service_guides_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_faq_parent_id_idx\` ON \`service_guides_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_approvals_order_idx\` ON \`service_guides_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_approvals_parent_id_idx\` ON \`service_guides_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_approvals_user_idx\` ON \`service_guides_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_review_log_order_idx\` ON \`service_guides_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_review_log_parent_id_idx\` ON \`service_guides_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_review_log_user_idx\` ON \`service_guides_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_change_log_order_idx\` ON \`service_guides_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_change_log_parent_id_idx\` ON \`service_guides_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_guides\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`service_type\` text,
  	\`life_event\` text,
  	\`conditions\` text,
  	\`statutory_limit_days\` numeric,
  	\`statutory_limit_unit\` text DEFAULT '个工作日',
  	\`promised_limit_days\` numeric,
  	\`promised_limit_unit\` text DEFAULT '个工作日',
  	\`fee_free\` integer,
  	\`fee_standard\` text,
  	\`hours\` text,
  	\`consult_phone\` text,
  	\`complaint_phone\` text,
  	\`online_available\` integer,
  	\`online_url\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`review_stage\` text,
  	\`last_edited_by_id\` text(36),
  	\`created_by_id\` text(36),
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
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_life_event_idx\` ON \`service_guides\` (\`life_event\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_guides_slug_idx\` ON \`service_guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_published_at_idx\` ON \`service_guides\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_workflow_state_idx\` ON \`service_guides\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_last_edited_by_idx\` ON \`service_guides\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_created_by_idx\` ON \`service_guides\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_updated_at_idx\` ON \`service_guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_created_at_idx\` ON \`service_guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`service_guides__status_idx\` ON \`service_guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`service_guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`policies_id\` text(36),
  	\`stations_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_guides_rels_order_idx\` ON \`service_guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_parent_idx\` ON \`service_guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_path_idx\` ON \`service_guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_policies_id_idx\` ON \`service_guides_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_stations_id_idx\` ON \`service_guides_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_media_id_idx\` ON \`service_guides_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`service_guides_rels_users_id_idx\` ON \`service_guides_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_audiences_order_idx\` ON \`_service_guides_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_audiences_parent_idx\` ON \`_service_guides_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`form\` text,
  	\`copies\` numeric DEFAULT 1,
  	\`note\` text,
  	\`blank_form_id\` text(36),
  	\`sample_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_order_idx\` ON \`_service_guides_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_parent_id_idx\` ON \`_service_guides_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_blank_form_idx\` ON \`_service_guides_v_version_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_materials_sample_idx\` ON \`_service_guides_v_version_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_steps_order_idx\` ON \`_service_guides_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_steps_parent_id_idx\` ON \`_service_guides_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_faq_order_idx\` ON \`_service_guides_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_faq_parent_id_idx\` ON \`_service_guides_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_approvals_order_idx\` ON \`_service_guides_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_approvals_parent_id_idx\` ON \`_service_guides_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_approvals_user_idx\` ON \`_service_guides_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_review_log_order_idx\` ON \`_service_guides_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_review_log_parent_id_idx\` ON \`_service_guides_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_review_log_user_idx\` ON \`_service_guides_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_version_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_change_log_order_idx\` ON \`_service_guides_v_version_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_change_log_parent_id_idx\` ON \`_service_guides_v_version_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_service_type\` text,
  	\`version_life_event\` text,
  	\`version_conditions\` text,
  	\`version_statutory_limit_days\` numeric,
  	\`version_statutory_limit_unit\` text DEFAULT '个工作日',
  	\`version_promised_limit_days\` numeric,
  	\`version_promised_limit_unit\` text DEFAULT '个工作日',
  	\`version_fee_free\` integer,
  	\`version_fee_standard\` text,
  	\`version_hours\` text,
  	\`version_consult_phone\` text,
  	\`version_complaint_phone\` text,
  	\`version_online_available\` integer,
  	\`version_online_url\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_review_stage\` text,
  	\`version_last_edited_by_id\` text(36),
  	\`version_created_by_id\` text(36),
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_parent_idx\` ON \`_service_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_life_event_idx\` ON \`_service_guides_v\` (\`version_life_event\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_slug_idx\` ON \`_service_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_published_at_idx\` ON \`_service_guides_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_workflow_state_idx\` ON \`_service_guides_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_last_edited_by_idx\` ON \`_service_guides_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_created_by_idx\` ON \`_service_guides_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_updated_at_idx\` ON \`_service_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version_created_at_idx\` ON \`_service_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_version_version__status_idx\` ON \`_service_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_created_at_idx\` ON \`_service_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_updated_at_idx\` ON \`_service_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_latest_idx\` ON \`_service_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_service_guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`policies_id\` text(36),
  	\`stations_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_service_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_order_idx\` ON \`_service_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_parent_idx\` ON \`_service_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_path_idx\` ON \`_service_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_policies_id_idx\` ON \`_service_guides_v_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_stations_id_idx\` ON \`_service_guides_v_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_media_id_idx\` ON \`_service_guides_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_service_guides_v_rels_users_id_idx\` ON \`_service_guides_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`service_guides_id\` text(36) REFERENCES service_guides(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`service_guides_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`service_guides_audiences\`;`)
  await db.run(sql`DROP TABLE \`service_guides_materials\`;`)
  await db.run(sql`DROP TABLE \`service_guides_steps\`;`)
  await db.run(sql`DROP TABLE \`service_guides_faq\`;`)
  await db.run(sql`DROP TABLE \`service_guides_approvals\`;`)
  await db.run(sql`DROP TABLE \`service_guides_review_log\`;`)
  await db.run(sql`DROP TABLE \`service_guides_change_log\`;`)
  await db.run(sql`DROP TABLE \`service_guides\`;`)
  await db.run(sql`DROP TABLE \`service_guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_version_change_log\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_service_guides_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`import_reports_id\` text(36),
  	\`enquiries_id\` text(36),
  	\`enquiry_attachments_id\` text(36),
  	\`reply_templates_id\` text(36),
  	\`enquiry_reveal_logs_id\` text(36),
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
  	FOREIGN KEY (\`import_reports_id\`) REFERENCES \`import_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiries_id\`) REFERENCES \`enquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_attachments_id\`) REFERENCES \`enquiry_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`enquiry_reveal_logs_id\`) REFERENCES \`enquiry_reveal_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "policies_id", "interpretations_id", "stations_id", "veterans_id", "commendations_id", "media_id", "import_reports_id", "enquiries_id", "enquiry_attachments_id", "reply_templates_id", "enquiry_reveal_logs_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "news_id", "policies_id", "interpretations_id", "stations_id", "veterans_id", "commendations_id", "media_id", "import_reports_id", "enquiries_id", "enquiry_attachments_id", "reply_templates_id", "enquiry_reveal_logs_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`import_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_attachments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_enquiry_reveal_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`enquiry_reveal_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
