// Plugins add behaviour (see payload.config.ts): workflow() reviews it on drafts, mediaUse() tracks the media it uses, siteCache() purges the site on publication.
import type { CollectionConfig } from 'payload'

import { stationAccess } from './stationAccess'
import { toOptions } from '../../constants/options'
import { STATION_LEVEL_LABELS } from '../../constants/stations'
import { stationHonoursField } from '../../fields/honours'
import { regionField } from '../../fields/region'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { publishedVersions } from '../versions'
import { standardsField } from './standardsField'
import { validateParent } from './validateParent'

export const Stations: CollectionConfig = {
  slug: 'stations',
  labels: { singular: '服务站', plural: '服务站' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'starRating', '_status'],
    group: '服务站点',
  },
  access: stationAccess,
  versions: publishedVersions,
  defaultSort: 'name',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: '基本信息',
          fields: [
            { name: 'name', type: 'text', label: '名称', required: true },
            {
              type: 'row',
              fields: [
                {
                  name: 'level',
                  type: 'select',
                  label: '层级',
                  required: true,
                  index: true,
                  options: toOptions(STATION_LEVEL_LABELS),
                },
                {
                  name: 'parent',
                  type: 'relationship',
                  label: '上级服务站',
                  relationTo: 'stations',
                  index: true,
                  validate: validateParent,
                },
              ],
            },
            regionField(),
            { name: 'address', type: 'text', label: '地址', required: true },
            {
              name: 'geo',
              type: 'group',
              label: '地理坐标',
              admin: { description: '按 GPS 坐标(WGS-84)填写,与网站地图一致。从高德、腾讯或百度地图上取的坐标有几百米偏移,请勿直接填入。' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'lat', type: 'number', label: '纬度', min: -90, max: 90 },
                    { name: 'lng', type: 'number', label: '经度', min: -180, max: 180 },
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'phone', type: 'text', label: '办公电话' },
                { name: 'openingHours', type: 'text', label: '办公时间' },
              ],
            },
            {
              name: 'head',
              type: 'group',
              label: '站长',
              fields: [
                { name: 'name', type: 'text', label: '姓名' },
                { name: 'photo', type: 'upload', label: '照片', relationTo: 'media' },
              ],
            },
          ],
        },
        {
          label: '建设与荣誉',
          fields: [
            { name: 'starRating', type: 'number', label: '星级', min: 1, max: 5, admin: { step: 1 } },
            stationHonoursField(),
            standardsField(),
            {
              name: 'facilities',
              type: 'array',
              label: '功能室',
              labels: { singular: '功能室', plural: '功能室' },
              fields: [{ name: 'name', type: 'text', label: '名称', required: true }],
            },
            {
              name: 'services',
              type: 'array',
              label: '服务清单',
              labels: { singular: '服务事项', plural: '服务事项' },
              fields: [
                { name: 'title', type: 'text', label: '事项', required: true },
                { name: 'description', type: 'textarea', label: '说明' },
              ],
            },
          ],
        },
        {
          label: '图文介绍',
          fields: [
            { name: 'photos', type: 'upload', label: '照片', relationTo: 'media', hasMany: true },
            richTextField('story', '站点故事'),
          ],
        },
      ],
    },
    {
      name: 'children',
      type: 'join',
      label: '下级服务站',
      collection: 'stations',
      on: 'parent',
    },
    {
      name: 'guides',
      type: 'join',
      label: '在本站办理的事项',
      collection: 'serviceGuides',
      on: 'places',
      admin: { description: '办事指南的“办理地点”选了本站的事项' },
    },
    // /stations/map is the map view of the directory.
    slugField({ reserved: ['map'] }),
  ],
}
