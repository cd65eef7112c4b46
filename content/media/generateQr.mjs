// Generates the demo 政务新媒体 QR codes of content/media/ (qr-*.png): QR-like placeholders (the
// three finder squares and a seeded module pattern), not scannable codes of real accounts.
// Run from the project root: node content/media/generateQr.mjs (deterministic output).

import sharp from 'sharp';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const OUT = dirname(fileURLToPath(import.meta.url));
const MODULES = 29;
const SCALE = 8;
const QUIET = 4;

const rng = (seed) => {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const inFinder = (x, y) => [[0, 0], [MODULES - 7, 0], [0, MODULES - 7]].some(([fx, fy]) => x >= fx - 1 && x <= fx + 7 && y >= fy - 1 && y <= fy + 7);

const finder = (fx, fy) =>
  `<rect x="${fx}" y="${fy}" width="7" height="7"/><rect x="${fx + 1}" y="${fy + 1}" width="5" height="5" fill="#fff"/><rect x="${fx + 2}" y="${fy + 2}" width="3" height="3"/>`;

const qrSvg = (seed) => {
  const random = rng(seed);
  const cells = [];
  for (let y = 0; y < MODULES; y += 1) {
    for (let x = 0; x < MODULES; x += 1) {
      if (!inFinder(x, y) && random() < 0.5) cells.push(`<rect x="${x}" y="${y}" width="1" height="1"/>`);
    }
  }
  const size = MODULES + QUIET * 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size * SCALE}" height="${size * SCALE}" viewBox="${-QUIET} ${-QUIET} ${size} ${size}" shape-rendering="crispEdges"><rect x="${-QUIET}" y="${-QUIET}" width="${size}" height="${size}" fill="#fff"/><g fill="#000">${finder(0, 0)}${finder(MODULES - 7, 0)}${finder(0, MODULES - 7)}${cells.join('')}</g></svg>`;
};

const CODES = { 'qr-wechat.png': 20261, 'qr-douyin.png': 20262, 'qr-weibo.png': 20263 };
for (const [file, seed] of Object.entries(CODES)) {
  await sharp(Buffer.from(qrSvg(seed))).png({ palette: true, colours: 2 }).toFile(join(OUT, file));
  console.log(file);
}
