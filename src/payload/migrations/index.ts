import * as migration_20261122_010728_initial from './20261122_010728_initial';
import * as migration_20261122_023205_site_settings_map from './20261122_023205_site_settings_map';
import * as migration_20261122_032625_news_public_indexes from './20261122_032625_news_public_indexes';
import * as migration_20261201_163054_news_index_created_at from './20261201_163054_news_index_created_at';
import * as migration_20261202_011503_security_pass from './20261202_011503_security_pass';
import * as migration_20261202_064000_published_at_utc from './20261202_064000_published_at_utc';
import * as migration_20261202_064320_case_handling from './20261202_064320_case_handling';
import * as migration_20261202_085042_service_guides from './20261202_085042_service_guides';
import * as migration_20261202_113308_bureau_consultations_site_frame from './20261202_113308_bureau_consultations_site_frame';
import * as migration_20261202_150953_pages from './20261202_150953_pages';
import * as migration_20261202_195751_search_synonyms from './20261202_195751_search_synonyms';
import * as migration_20261203_034707_disclosure from './20261203_034707_disclosure';
import * as migration_20261203_045155_self_check from './20261203_045155_self_check';
import * as migration_20261203_062146_foi_requests from './20261203_062146_foi_requests';
import * as migration_20261203_065534_annual_report from './20261203_065534_annual_report';
import * as migration_20261203_065847_self_check_settings from './20261203_065847_self_check_settings';
import * as migration_20261203_165500_site_purges from './20261203_165500_site_purges';
import * as migration_20261203_234137_import_report_warnings from './20261203_234137_import_report_warnings';
import * as migration_20261204_011409_workbench_version_indexes from './20261204_011409_workbench_version_indexes';
import * as migration_20261204_033444_import_job from './20261204_033444_import_job';
import * as migration_20261204_040242_old_addresses from './20261204_040242_old_addresses';

export const migrations = [
  {
    up: migration_20261122_010728_initial.up,
    down: migration_20261122_010728_initial.down,
    name: '20261122_010728_initial',
  },
  {
    up: migration_20261122_023205_site_settings_map.up,
    down: migration_20261122_023205_site_settings_map.down,
    name: '20261122_023205_site_settings_map',
  },
  {
    up: migration_20261122_032625_news_public_indexes.up,
    down: migration_20261122_032625_news_public_indexes.down,
    name: '20261122_032625_news_public_indexes',
  },
  {
    up: migration_20261201_163054_news_index_created_at.up,
    down: migration_20261201_163054_news_index_created_at.down,
    name: '20261201_163054_news_index_created_at',
  },
  {
    up: migration_20261202_011503_security_pass.up,
    down: migration_20261202_011503_security_pass.down,
    name: '20261202_011503_security_pass',
  },
  {
    up: migration_20261202_064000_published_at_utc.up,
    down: migration_20261202_064000_published_at_utc.down,
    name: '20261202_064000_published_at_utc',
  },
  {
    up: migration_20261202_064320_case_handling.up,
    down: migration_20261202_064320_case_handling.down,
    name: '20261202_064320_case_handling',
  },
  {
    up: migration_20261202_085042_service_guides.up,
    down: migration_20261202_085042_service_guides.down,
    name: '20261202_085042_service_guides',
  },
  {
    up: migration_20261202_113308_bureau_consultations_site_frame.up,
    down: migration_20261202_113308_bureau_consultations_site_frame.down,
    name: '20261202_113308_bureau_consultations_site_frame',
  },
  {
    up: migration_20261202_150953_pages.up,
    down: migration_20261202_150953_pages.down,
    name: '20261202_150953_pages',
  },
  {
    up: migration_20261202_195751_search_synonyms.up,
    down: migration_20261202_195751_search_synonyms.down,
    name: '20261202_195751_search_synonyms',
  },
  {
    up: migration_20261203_034707_disclosure.up,
    down: migration_20261203_034707_disclosure.down,
    name: '20261203_034707_disclosure',
  },
  {
    up: migration_20261203_045155_self_check.up,
    down: migration_20261203_045155_self_check.down,
    name: '20261203_045155_self_check',
  },
  {
    up: migration_20261203_062146_foi_requests.up,
    down: migration_20261203_062146_foi_requests.down,
    name: '20261203_062146_foi_requests',
  },
  {
    up: migration_20261203_065534_annual_report.up,
    down: migration_20261203_065534_annual_report.down,
    name: '20261203_065534_annual_report',
  },
  {
    up: migration_20261203_065847_self_check_settings.up,
    down: migration_20261203_065847_self_check_settings.down,
    name: '20261203_065847_self_check_settings',
  },
  {
    up: migration_20261203_165500_site_purges.up,
    down: migration_20261203_165500_site_purges.down,
    name: '20261203_165500_site_purges',
  },
  {
    up: migration_20261203_234137_import_report_warnings.up,
    down: migration_20261203_234137_import_report_warnings.down,
    name: '20261203_234137_import_report_warnings',
  },
  {
    up: migration_20261204_011409_workbench_version_indexes.up,
    down: migration_20261204_011409_workbench_version_indexes.down,
    name: '20261204_011409_workbench_version_indexes',
  },
  {
    up: migration_20261204_033444_import_job.up,
    down: migration_20261204_033444_import_job.down,
    name: '20261204_033444_import_job',
  },
  {
    up: migration_20261204_040242_old_addresses.up,
    down: migration_20261204_040242_old_addresses.down,
    name: '20261204_040242_old_addresses'
  },
];
