import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillMediaUse } from '../collections/Media/backfillMediaUse'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_users_id_idx\` ON \`interpretations_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_users_id_idx\` ON \`_interpretations_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`veterans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`veterans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`veterans_rels_order_idx\` ON \`veterans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_parent_idx\` ON \`veterans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_path_idx\` ON \`veterans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_media_id_idx\` ON \`veterans_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`veterans_rels_users_id_idx\` ON \`veterans_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_veterans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_veterans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_order_idx\` ON \`_veterans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_parent_idx\` ON \`_veterans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_path_idx\` ON \`_veterans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_media_id_idx\` ON \`_veterans_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_veterans_v_rels_users_id_idx\` ON \`_veterans_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_order_idx\` ON \`site_settings_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_parent_id_idx\` ON \`site_settings_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_approvals_user_idx\` ON \`site_settings_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_review_log_order_idx\` ON \`site_settings_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_review_log_parent_id_idx\` ON \`site_settings_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_review_log_user_idx\` ON \`site_settings_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_rels_order_idx\` ON \`site_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_parent_idx\` ON \`site_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_path_idx\` ON \`site_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_rels_users_id_idx\` ON \`site_settings_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_order_idx\` ON \`_site_settings_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_parent_id_idx\` ON \`_site_settings_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_approvals_user_idx\` ON \`_site_settings_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_review_log_order_idx\` ON \`_site_settings_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_review_log_parent_id_idx\` ON \`_site_settings_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_review_log_user_idx\` ON \`_site_settings_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
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
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_workflow_state_idx\` ON \`_site_settings_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_last_edited_by_idx\` ON \`_site_settings_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version__status_idx\` ON \`_site_settings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_latest_idx\` ON \`_site_settings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_order_idx\` ON \`_site_settings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_parent_idx\` ON \`_site_settings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_path_idx\` ON \`_site_settings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_rels_users_id_idx\` ON \`_site_settings_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_approvals_order_idx\` ON \`navigation_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_approvals_parent_id_idx\` ON \`navigation_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_approvals_user_idx\` ON \`navigation_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_review_log_order_idx\` ON \`navigation_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_review_log_parent_id_idx\` ON \`navigation_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_review_log_user_idx\` ON \`navigation_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_rels_order_idx\` ON \`navigation_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_parent_idx\` ON \`navigation_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_path_idx\` ON \`navigation_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_users_id_idx\` ON \`navigation_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v_version_main\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_main_order_idx\` ON \`_navigation_v_version_main\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_main_parent_id_idx\` ON \`_navigation_v_version_main\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v_version_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_footer_order_idx\` ON \`_navigation_v_version_footer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_footer_parent_id_idx\` ON \`_navigation_v_version_footer\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v_version_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`user_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_approvals_order_idx\` ON \`_navigation_v_version_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_approvals_parent_id_idx\` ON \`_navigation_v_version_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_approvals_user_idx\` ON \`_navigation_v_version_approvals\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_review_log_order_idx\` ON \`_navigation_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_review_log_parent_id_idx\` ON \`_navigation_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_review_log_user_idx\` ON \`_navigation_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v\` (
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
  await db.run(sql`CREATE INDEX \`_navigation_v_version_version_workflow_state_idx\` ON \`_navigation_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_version_last_edited_by_idx\` ON \`_navigation_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_version__status_idx\` ON \`_navigation_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_created_at_idx\` ON \`_navigation_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_updated_at_idx\` ON \`_navigation_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_latest_idx\` ON \`_navigation_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_navigation_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_rels_order_idx\` ON \`_navigation_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_rels_parent_idx\` ON \`_navigation_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_rels_path_idx\` ON \`_navigation_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_rels_users_id_idx\` ON \`_navigation_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`external_link_hosts_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`external_link_hosts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`external_link_hosts_hosts_order_idx\` ON \`external_link_hosts_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`external_link_hosts_hosts_parent_id_idx\` ON \`external_link_hosts_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`external_link_hosts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
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
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "workflow_state", "review_stage", "last_edited_by_id", "_status", "updated_at", "created_at") SELECT "id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", 'published', NULL, NULL, 'published', "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`site_settings_workflow_state_idx\` ON \`site_settings\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_last_edited_by_idx\` ON \`site_settings\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings__status_idx\` ON \`site_settings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_navigation_main\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_navigation_main\`("_order", "_parent_id", "id", "label", "href") SELECT "_order", "_parent_id", "id", "label", "href" FROM \`navigation_main\`;`)
  await db.run(sql`DROP TABLE \`navigation_main\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation_main\` RENAME TO \`navigation_main\`;`)
  await db.run(sql`CREATE INDEX \`navigation_main_order_idx\` ON \`navigation_main\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_main_parent_id_idx\` ON \`navigation_main\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_navigation_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`href\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_navigation_footer\`("_order", "_parent_id", "id", "label", "href") SELECT "_order", "_parent_id", "id", "label", "href" FROM \`navigation_footer\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation_footer\` RENAME TO \`navigation_footer\`;`)
  await db.run(sql`CREATE INDEX \`navigation_footer_order_idx\` ON \`navigation_footer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_parent_id_idx\` ON \`navigation_footer\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`news_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`news_rels_users_id_idx\` ON \`news_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_users_id_idx\` ON \`_news_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`policies_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`policies_rels_users_id_idx\` ON \`policies_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_users_id_idx\` ON \`_policies_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`stations_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`stations_rels_users_id_idx\` ON \`stations_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_stations_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_users_id_idx\` ON \`_stations_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`commendations_rels\` ADD \`media_id\` text(36) REFERENCES media(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`commendations_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`commendations_rels_media_id_idx\` ON \`commendations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_users_id_idx\` ON \`commendations_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_commendations_v_rels\` ADD \`media_id\` text(36) REFERENCES media(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_commendations_v_rels\` ADD \`users_id\` text(36) REFERENCES users(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_media_id_idx\` ON \`_commendations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_users_id_idx\` ON \`_commendations_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` text(36) REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`review_stage\` text;`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`last_edited_by_id\` text(36) REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`navigation\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`navigation_workflow_state_idx\` ON \`navigation\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`navigation_last_edited_by_idx\` ON \`navigation\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation__status_idx\` ON \`navigation\` (\`_status\`);`)
  // The menu and the settings a site already shows stay published; later changes go through review.
  await db.run(sql`UPDATE \`navigation\` SET \`_status\` = 'published', \`workflow_state\` = 'published';`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  // Content saved before files were private lists no media yet: list it and set every file's flag.
  // Only the content collections of this point of the schema: those added later have no tables yet.
  await backfillMediaUse(payload, req, ['news', 'policies', 'interpretations', 'stations', 'veterans', 'commendations'])
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`veterans_rels\`;`)
  await db.run(sql`DROP TABLE \`_veterans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`site_settings_approvals\`;`)
  await db.run(sql`DROP TABLE \`site_settings_review_log\`;`)
  await db.run(sql`DROP TABLE \`site_settings_rels\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`navigation_approvals\`;`)
  await db.run(sql`DROP TABLE \`navigation_review_log\`;`)
  await db.run(sql`DROP TABLE \`navigation_rels\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_version_main\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_version_footer\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_version_approvals\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_rels\`;`)
  await db.run(sql`DROP TABLE \`external_link_hosts_hosts\`;`)
  await db.run(sql`DROP TABLE \`external_link_hosts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_news_rels\`("id", "order", "parent_id", "path", "media_id", "stations_id", "veterans_id") SELECT "id", "order", "parent_id", "path", "media_id", "stations_id", "veterans_id" FROM \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_rels\` RENAME TO \`news_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_media_id_idx\` ON \`news_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_stations_id_idx\` ON \`news_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_veterans_id_idx\` ON \`news_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__news_v_rels\`("id", "order", "parent_id", "path", "media_id", "stations_id", "veterans_id") SELECT "id", "order", "parent_id", "path", "media_id", "stations_id", "veterans_id" FROM \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v_rels\` RENAME TO \`_news_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_media_id_idx\` ON \`_news_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_stations_id_idx\` ON \`_news_v_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_veterans_id_idx\` ON \`_news_v_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies_rels\` RENAME TO \`policies_rels\`;`)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v_rels\` RENAME TO \`_policies_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_stations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_stations_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`stations_rels\`;`)
  await db.run(sql`DROP TABLE \`stations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_stations_rels\` RENAME TO \`stations_rels\`;`)
  await db.run(sql`CREATE INDEX \`stations_rels_order_idx\` ON \`stations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stations_rels_parent_idx\` ON \`stations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_rels_path_idx\` ON \`stations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stations_rels_media_id_idx\` ON \`stations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__stations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__stations_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_stations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_stations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__stations_v_rels\` RENAME TO \`_stations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_order_idx\` ON \`_stations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_parent_idx\` ON \`_stations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_path_idx\` ON \`_stations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_stations_v_rels_media_id_idx\` ON \`_stations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_commendations_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_commendations_rels\`("id", "order", "parent_id", "path", "veterans_id", "stations_id") SELECT "id", "order", "parent_id", "path", "veterans_id", "stations_id" FROM \`commendations_rels\`;`)
  await db.run(sql`DROP TABLE \`commendations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_commendations_rels\` RENAME TO \`commendations_rels\`;`)
  await db.run(sql`CREATE INDEX \`commendations_rels_order_idx\` ON \`commendations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_parent_idx\` ON \`commendations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_path_idx\` ON \`commendations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_veterans_id_idx\` ON \`commendations_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`commendations_rels_stations_id_idx\` ON \`commendations_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__commendations_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__commendations_v_rels\`("id", "order", "parent_id", "path", "veterans_id", "stations_id") SELECT "id", "order", "parent_id", "path", "veterans_id", "stations_id" FROM \`_commendations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_commendations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__commendations_v_rels\` RENAME TO \`_commendations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_order_idx\` ON \`_commendations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_parent_idx\` ON \`_commendations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_path_idx\` ON \`_commendations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_veterans_id_idx\` ON \`_commendations_v_rels\` (\`veterans_id\`);`)
  await db.run(sql`CREATE INDEX \`_commendations_v_rels_stations_id_idx\` ON \`_commendations_v_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "caption", "original_filename", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "alt", "caption", "original_filename", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_original_filename_idx\` ON \`media\` (\`original_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
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
  	\`map_tile_url\` text,
  	\`map_subdomains\` text,
  	\`map_max_zoom\` numeric DEFAULT 18,
  	\`map_attribution\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "updated_at", "created_at") SELECT "id", "site_name", "host", "site_id_code", "icp", "psb", "organization_code", "phone", "email", "address", "postcode", "office_hours", "map_tile_url", "map_subdomains", "map_max_zoom", "map_attribution", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new_navigation\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_navigation\`("id", "updated_at", "created_at") SELECT "id", "updated_at", "created_at" FROM \`navigation\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation\` RENAME TO \`navigation\`;`)
  await db.run(sql`CREATE TABLE \`__new_navigation_main\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_navigation_main\`("_order", "_parent_id", "id", "label", "href") SELECT "_order", "_parent_id", "id", "label", "href" FROM \`navigation_main\`;`)
  await db.run(sql`DROP TABLE \`navigation_main\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation_main\` RENAME TO \`navigation_main\`;`)
  await db.run(sql`CREATE INDEX \`navigation_main_order_idx\` ON \`navigation_main\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_main_parent_id_idx\` ON \`navigation_main\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_navigation_footer\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_navigation_footer\`("_order", "_parent_id", "id", "label", "href") SELECT "_order", "_parent_id", "id", "label", "href" FROM \`navigation_footer\`;`)
  await db.run(sql`DROP TABLE \`navigation_footer\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation_footer\` RENAME TO \`navigation_footer\`;`)
  await db.run(sql`CREATE INDEX \`navigation_footer_order_idx\` ON \`navigation_footer\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_footer_parent_id_idx\` ON \`navigation_footer\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
