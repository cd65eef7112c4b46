// Generates the illustrative demo images of content/media/.
// Flat illustrations drawn as SVG in code, rasterised with sharp to progressive JPEG.
// No text is baked into the images. Output is deterministic (seeded random).
//
// Run from the project root:
//   node content/media/generate.mjs
// (the images are committed; re-running only overwrites them with identical drawings)

import sharp from 'sharp';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { statSync } from 'node:fs';

const OUT = dirname(fileURLToPath(import.meta.url));
const QUALITY = 72;

// ---------------------------------------------------------------- helpers
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const W = 1200;
const H = 800;

const svg = (w, h, defs, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs}</defs>${body}</svg>`;

const linGrad = (id, c1, c2, vertical = true) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}"><stop offset="0" stop-color="${c1}"/><stop offset="1" stop-color="${c2}"/></linearGradient>`;

const sky = (c1, c2) => ({ defs: linGrad('sky', c1, c2), body: `<rect width="${W}" height="${H}" fill="url(#sky)"/>` });

function clouds(r, n, colour = '#ffffff', opacity = 0.85) {
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = 80 + r() * (W - 240);
    const y = 60 + r() * 160;
    const s = 0.7 + r() * 0.8;
    out += `<g fill="${colour}" opacity="${opacity}" transform="translate(${x.toFixed(0)} ${y.toFixed(0)}) scale(${s.toFixed(2)})">
      <ellipse cx="0" cy="0" rx="60" ry="24"/><ellipse cx="40" cy="-14" rx="44" ry="28"/><ellipse cx="86" cy="2" rx="52" ry="22"/></g>`;
  }
  return out;
}

function hills(r, baseY, colours) {
  let out = '';
  colours.forEach((c, k) => {
    const y0 = baseY - 120 + k * 45;
    let d = `M0 ${H} L0 ${y0}`;
    const n = 5 + Math.floor(r() * 3);
    for (let i = 1; i <= n; i++) {
      const x = (W / n) * i;
      const cx = x - W / n / 2;
      const cy = y0 - 40 - r() * 90;
      d += ` Q${cx.toFixed(0)} ${cy.toFixed(0)} ${x.toFixed(0)} ${(y0 + (r() - 0.5) * 30).toFixed(0)}`;
    }
    out += `<path d="${d} L${W} ${H} Z" fill="${c}"/>`;
  });
  return out;
}

function tree(x, y, s, leaf, trunk = '#6b4a2b', kind = 'round') {
  if (kind === 'pine') {
    return `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-6" y="-20" width="12" height="30" fill="${trunk}"/>
      <polygon points="0,-150 -42,-70 42,-70" fill="${leaf}"/><polygon points="0,-120 -52,-20 52,-20" fill="${leaf}"/></g>`;
  }
  return `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-7" y="-60" width="14" height="64" fill="${trunk}"/>
    <circle cx="0" cy="-90" r="44" fill="${leaf}"/><circle cx="-28" cy="-70" r="30" fill="${leaf}"/><circle cx="30" cy="-68" r="32" fill="${leaf}"/></g>`;
}

// A Chinese national flag drawn as simple shapes (red field, five yellow stars).
function star(cx, cy, R, rot = -90, fill = '#ffde00') {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? R : R * 0.38;
    const a = ((rot + i * 36) * Math.PI) / 180;
    pts.push(`${(cx + rad * Math.cos(a)).toFixed(1)},${(cy + rad * Math.sin(a)).toFixed(1)}`);
  }
  return `<polygon points="${pts.join(' ')}" fill="${fill}"/>`;
}
function flag(x, y, w, poleH, wave = 0) {
  const h = (w * 2) / 3;
  const u = w / 30;
  const fx = x + 4;
  const fy = y - poleH;
  const d = `M${fx} ${fy} Q${fx + w / 2} ${fy - wave} ${fx + w} ${fy} L${fx + w} ${fy + h} Q${fx + w / 2} ${fy + h - wave} ${fx} ${fy + h} Z`;
  return `<rect x="${x - 3}" y="${fy - 8}" width="6" height="${poleH + 8}" fill="#c9c9c9"/><circle cx="${x}" cy="${fy - 10}" r="6" fill="#e6c35c"/>
    <path d="${d}" fill="#de2910"/>${star(fx + 5 * u, fy + 5 * u, 3 * u)}${star(fx + 10 * u, fy + 2 * u, u, -60)}${star(fx + 12 * u, fy + 4 * u, u, -80)}${star(fx + 12 * u, fy + 7 * u, u, -100)}${star(fx + 10 * u, fy + 9 * u, u, -120)}`;
}

// Vertical red plaque with gold border and a few abstract "character" bars (no real text).
function plaque(x, y, w, h, colour = '#c8161d', lines = '#f3d27a') {
  let bars = '';
  const n = Math.max(4, Math.floor(h / (w * 0.9)));
  for (let i = 0; i < n; i++) {
    const by = y + h * 0.1 + i * ((h * 0.8) / n);
    bars += `<rect x="${x + w * 0.3}" y="${by.toFixed(1)}" width="${w * 0.4}" height="${((h * 0.8) / n) * 0.6}" rx="2" fill="${lines}" opacity="0.9"/>`;
  }
  return `<rect x="${x - 3}" y="${y - 3}" width="${w + 6}" height="${h + 6}" fill="${lines}"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${colour}"/>${bars}`;
}

function windowsGrid(x, y, cols, rows, ww, wh, gap, frame, glass) {
  let out = '';
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const wx = x + c * (ww + gap);
      const wy = y + r * (wh + gap);
      out += `<rect x="${wx}" y="${wy}" width="${ww}" height="${wh}" fill="${frame}"/><rect x="${wx + 4}" y="${wy + 4}" width="${ww - 8}" height="${wh - 8}" fill="${glass}"/><rect x="${wx + ww / 2 - 1.5}" y="${wy + 4}" width="3" height="${wh - 8}" fill="${frame}"/>`;
    }
  return out;
}

function person(x, y, s, body, skin = '#f1c9a5', hair = '#2b2b2b', opts = {}) {
  const cap = opts.cap
    ? `<path d="M-22 -118 Q0 -140 22 -118 L26 -110 L-26 -110 Z" fill="${opts.cap}"/><rect x="-28" y="-112" width="56" height="6" rx="3" fill="${opts.cap}"/>`
    : `<path d="M-21 -112 Q0 -142 21 -112 Q12 -122 0 -122 Q-12 -122 -21 -112 Z" fill="${hair}"/>`;
  const vest = opts.vest ? `<path d="M-26 -70 L-8 -70 L-8 -10 L-30 -10 Z M26 -70 L8 -70 L8 -10 L30 -10 Z" fill="${opts.vest}"/>` : '';
  const flower = opts.flower ? `<circle cx="16" cy="-58" r="7" fill="#e0303a"/>` : '';
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <path d="M-34 0 L-34 -50 Q-34 -76 -10 -78 L10 -78 Q34 -76 34 -50 L34 0 Z" fill="${body}"/>${vest}${flower}
    <rect x="-7" y="-86" width="14" height="12" fill="${skin}"/>
    <circle cx="0" cy="-104" r="22" fill="${skin}"/>${cap}</g>`;
}

function crowd(r, x0, x1, y, s, colours, opts = {}) {
  let out = '';
  const step = 62 * s;
  for (let x = x0; x <= x1; x += step) {
    const jitter = (r() - 0.5) * 10 * s;
    out += person(x + jitter, y + (r() - 0.5) * 6, s, pick(r, colours), pick(r, ['#f1c9a5', '#e8b892', '#d9a47c']), pick(r, ['#1f1f1f', '#3a2a20', '#555555']), {
      cap: opts.cap && r() < opts.cap.p ? opts.cap.c : null,
      vest: opts.vest && r() < opts.vest.p ? opts.vest.c : null,
      flower: opts.flower && r() < opts.flower,
    });
  }
  return out;
}

function lanterns(xs, y, colour = '#d7191f') {
  return xs
    .map(
      (x) => `<line x1="${x}" y1="0" x2="${x}" y2="${y - 30}" stroke="#7a4b1c" stroke-width="3"/>
      <rect x="${x - 10}" y="${y - 34}" width="20" height="8" fill="#e3b33c"/><ellipse cx="${x}" cy="${y}" rx="34" ry="30" fill="${colour}"/>
      <rect x="${x - 10}" y="${y + 26}" width="20" height="8" fill="#e3b33c"/><path d="M${x - 5} ${y + 34} L${x - 8} ${y + 64} M${x} ${y + 34} L${x} ${y + 66} M${x + 5} ${y + 34} L${x + 8} ${y + 64}" stroke="#e3b33c" stroke-width="3"/>`,
    )
    .join('');
}

// ---------------------------------------------------------------- scenes
const scenes = {
  // County centre: a four-storey civic building, red plaque by the door, flag in front.
  'county-centre-building.jpg': (r) => {
    const s = sky('#8cc4ec', '#e4f2fb');
    const bx = 280, by = 250, bw = 640, bh = 400;
    return svg(W, H, s.defs, `${s.body}${clouds(r, 3)}${hills(r, 640, ['#a9cfa0'])}
      <rect x="0" y="640" width="${W}" height="160" fill="#cfcac0"/><rect x="0" y="640" width="${W}" height="12" fill="#b9b3a7"/>
      <rect x="${bx}" y="${by}" width="${bw}" height="${bh}" fill="#f0ebe1"/><rect x="${bx - 20}" y="${by - 24}" width="${bw + 40}" height="28" fill="#9c3b2e"/>
      ${windowsGrid(bx + 40, by + 36, 7, 3, 64, 70, 22, '#8f8a80', '#9fc3dc')}
      <rect x="${bx + 240}" y="${by + 300}" width="160" height="100" fill="#6f5a4a"/><rect x="${bx + 250}" y="${by + 310}" width="66" height="90" fill="#b9d4e6"/><rect x="${bx + 324}" y="${by + 310}" width="66" height="90" fill="#b9d4e6"/>
      <rect x="${bx + 200}" y="${by + 280}" width="240" height="22" fill="#9c3b2e"/>
      ${plaque(bx + 170, by + 300, 26, 96)}${plaque(bx + 444, by + 300, 26, 96, '#ffffff', '#222')}
      <rect x="${bx + 180}" y="${by + 400}" width="280" height="14" fill="#bdb6aa"/><rect x="${bx + 160}" y="${by + 414}" width="320" height="14" fill="#aea799"/>
      ${flag(170, 660, 150, 360, 18)}
      ${tree(1030, 660, 1.1, '#4f8f4a')}${tree(1120, 670, 0.9, '#5e9f56')}${tree(90, 670, 0.8, '#4f8f4a')}`);
  },

  // Township station: two-storey building with porch, red plaque, bench and planters.
  'township-station-building.jpg': (r) => {
    const s = sky('#f7d9a8', '#fbeed9');
    return svg(W, H, s.defs, `${s.body}${clouds(r, 2, '#fff7ea')}${hills(r, 600, ['#c9b27c', '#b69d66'])}
      <rect x="0" y="600" width="${W}" height="200" fill="#d8cfbf"/>
      <rect x="230" y="300" width="740" height="300" fill="#faf6ee"/><polygon points="200,300 600,200 1000,300" fill="#7c2f27"/>
      ${windowsGrid(270, 330, 6, 1, 90, 80, 36, '#7b6f62', '#a8cbe0')}
      ${windowsGrid(270, 470, 2, 1, 90, 90, 36, '#7b6f62', '#a8cbe0')}${windowsGrid(762, 470, 2, 1, 90, 90, 36, '#7b6f62', '#a8cbe0')}
      <rect x="520" y="450" width="160" height="150" fill="#7a5a44"/><rect x="530" y="460" width="66" height="140" fill="#c6dce9"/><rect x="604" y="460" width="66" height="140" fill="#c6dce9"/>
      ${plaque(478, 460, 30, 120)}${plaque(692, 460, 30, 120, '#c8161d', '#f3d27a')}
      <rect x="500" y="420" width="200" height="20" fill="#c8161d"/>
      <rect x="120" y="630" width="120" height="14" fill="#8a6a4a"/><rect x="130" y="644" width="8" height="24" fill="#5a4634"/><rect x="222" y="644" width="8" height="24" fill="#5a4634"/>
      ${tree(1060, 640, 1.0, '#6a9b47')}${tree(150, 620, 0.9, '#7aa852')}
      <rect x="420" y="590" width="70" height="40" fill="#9c7b5a"/><circle cx="440" cy="584" r="16" fill="#d8452f"/><circle cx="470" cy="584" r="16" fill="#e8c13c"/>
      <rect x="710" y="590" width="70" height="40" fill="#9c7b5a"/><circle cx="730" cy="584" r="16" fill="#e8c13c"/><circle cx="760" cy="584" r="16" fill="#d8452f"/>`);
  },

  // "One department, one station": one compound, two plaques side by side at the gate.
  'joint-post-building.jpg': (r) => {
    const s = sky('#6fa8dc', '#cfe3f3');
    return svg(W, H, s.defs, `${s.body}${clouds(r, 3)}
      <rect x="0" y="560" width="${W}" height="240" fill="#cbbfae"/>
      <rect x="160" y="230" width="880" height="330" fill="#e9e4da"/><rect x="140" y="210" width="920" height="26" fill="#5b6e4f"/>
      ${windowsGrid(200, 260, 8, 2, 76, 70, 26, '#6d7764', '#b8d2e2')}
      <rect x="420" y="430" width="360" height="130" fill="#5d6b4e"/><rect x="436" y="446" width="160" height="114" fill="#c2d9e6"/><rect x="604" y="446" width="160" height="114" fill="#c2d9e6"/>
      ${plaque(370, 420, 32, 136, '#ffffff', '#1d1d1d')}${plaque(798, 420, 32, 136)}
      <rect x="0" y="560" width="${W}" height="10" fill="#a89c8a"/>
      ${flag(600, 210, 96, 120, 10)}
      <rect x="60" y="500" width="60" height="60" fill="#7d8b6a"/><rect x="1080" y="500" width="60" height="60" fill="#7d8b6a"/>
      ${crowd(r, 240, 340, 690, 0.9, ['#4a6b3a', '#3f5d33'], { cap: { p: 0.7, c: '#3c5a2e' } })}
      ${crowd(r, 880, 980, 690, 0.9, ['#2f4f7a', '#d1d1d1'])}`);
  },

  // Village station: a whitewashed house among fields and hills with a red plaque.
  'village-station.jpg': (r) => {
    const s = sky('#a7d8e8', '#f2f8ee');
    let fields = '';
    for (let i = 0; i < 6; i++) fields += `<path d="M0 ${640 + i * 28} Q600 ${620 + i * 30} ${W} ${650 + i * 28}" stroke="#7fb24c" stroke-width="10" fill="none" opacity="0.7"/>`;
    return svg(W, H, s.defs, `${s.body}${clouds(r, 3)}${hills(r, 560, ['#6f9f6a', '#86b57a', '#9cc58a'])}
      <rect x="0" y="600" width="${W}" height="200" fill="#b7d48b"/>${fields}
      <rect x="380" y="380" width="440" height="230" fill="#f8f6f0"/><polygon points="350,390 600,290 850,390" fill="#4b4b55"/>
      <rect x="560" y="470" width="90" height="140" fill="#8b5a3c"/>
      ${windowsGrid(420, 440, 2, 1, 80, 80, 30, '#6a6a6a', '#bcd8e6')}${windowsGrid(680, 440, 1, 1, 80, 80, 30, '#6a6a6a', '#bcd8e6')}
      ${plaque(520, 476, 26, 104)}
      <rect x="540" y="430" width="130" height="18" fill="#c8161d"/>
      ${tree(250, 610, 1.2, '#3f7f3a')}${tree(950, 620, 1.0, '#4c8c41')}${tree(1080, 630, 0.8, '#3f7f3a')}
      ${flag(890, 610, 80, 200, 10)}`);
  },

  // Meeting hall: stage with red backdrop, podium, rows of attendees seen from behind.
  'meeting-hall.jpg': (r) => {
    let seats = '';
    for (let row = 0; row < 4; row++) {
      const y = 560 + row * 70;
      const s = 0.9 + row * 0.18;
      for (let x = 60 + (row % 2) * 30; x < W; x += 80 * s) {
        seats += `<g transform="translate(${x} ${y}) scale(${s})"><circle cx="0" cy="-30" r="20" fill="${pick(r, ['#1f1f1f', '#333', '#4a3b30'])}"/><path d="M-32 40 L-32 -2 Q-32 -14 -14 -14 L14 -14 Q32 -14 32 -2 L32 40 Z" fill="${pick(r, ['#2e3d55', '#39475e', '#4a5a3c', '#243246', '#5a5f66'])}"/></g>`;
      }
    }
    return svg(W, H, linGrad('wall', '#f2e6d8', '#e2d2bf'), `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="120" y="60" width="960" height="300" fill="#b3131b"/><rect x="120" y="60" width="960" height="16" fill="#e8b84a"/>
      ${star(600, 190, 60, -90, '#f4c542')}
      <rect x="80" y="360" width="1040" height="90" fill="#8b5a3c"/><rect x="80" y="360" width="1040" height="12" fill="#a87150"/>
      <rect x="230" y="330" width="740" height="40" fill="#d64541"/>
      ${[300, 420, 540, 660, 780, 900].map((x) => `<circle cx="${x}" cy="312" r="16" fill="#2b2b2b"/><rect x="${x - 24}" y="326" width="48" height="20" fill="#2e3d55"/>`).join('')}
      <rect x="40" y="80" width="60" height="360" fill="#c8161d" opacity="0.9"/><rect x="1100" y="80" width="60" height="360" fill="#c8161d" opacity="0.9"/>
      ${seats}`);
  },

  // Training class: screen with chart shapes, desks, trainees facing the screen.
  'training-class.jpg': (r) => {
    let desks = '';
    for (let row = 0; row < 3; row++) {
      const y = 500 + row * 100;
      const s = 1 + row * 0.2;
      desks += crowd(r, 120 + row * 20, 1100, y, s * 0.8, ['#4a6b3a', '#2f4f7a', '#6b3a3a', '#3e4e5e', '#5a6b7c'], { cap: { p: 0.15, c: '#3c5a2e' } });
      desks += `<rect x="80" y="${y - 6}" width="1040" height="${22 * s}" fill="#c49a6c"/>`;
    }
    return svg(W, H, linGrad('wall', '#dfe9f1', '#c9d8e4'), `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="0" y="420" width="${W}" height="380" fill="#b8a48a"/>
      <rect x="330" y="60" width="540" height="300" fill="#ffffff" stroke="#4b5563" stroke-width="10"/>
      <rect x="380" y="110" width="200" height="20" fill="#c8161d"/><rect x="380" y="150" width="300" height="12" fill="#9aa5b1"/><rect x="380" y="176" width="260" height="12" fill="#9aa5b1"/>
      <rect x="640" y="230" width="40" height="90" fill="#2f6db5"/><rect x="700" y="200" width="40" height="120" fill="#e0a030"/><rect x="760" y="170" width="40" height="150" fill="#c8161d"/>
      <rect x="80" y="120" width="160" height="220" fill="#7fa7c9"/><rect x="90" y="130" width="140" height="200" fill="#cfe3f2"/>
      <rect x="960" y="120" width="160" height="220" fill="#7fa7c9"/><rect x="970" y="130" width="140" height="200" fill="#cfe3f2"/>
      ${desks}`);
  },

  // Volunteers in red vests helping in a village square.
  'volunteers-service.jpg': (r) => {
    const s = sky('#fbd38d', '#fff4e0');
    return svg(W, H, s.defs, `${s.body}${clouds(r, 2, '#fffaf0')}${hills(r, 540, ['#9fbf7a', '#b9d08f'])}
      <rect x="0" y="560" width="${W}" height="240" fill="#e3d5bd"/>
      <rect x="80" y="300" width="300" height="260" fill="#f5efe4"/><polygon points="60,310 230,230 400,310" fill="#8a4a36"/>
      <rect x="860" y="340" width="260" height="220" fill="#f5efe4"/><polygon points="840,350 990,280 1140,350" fill="#8a4a36"/>
      <rect x="500" y="420" width="220" height="140" fill="#c8161d"/><rect x="510" y="430" width="200" height="12" fill="#f3d27a"/>
      <rect x="480" y="560" width="260" height="16" fill="#8b5a3c"/>
      ${crowd(r, 150, 1050, 760, 1.35, ['#3a5f8a', '#6a6a6a', '#c8161d', '#4a6b3a'], { vest: { p: 0.6, c: '#d7191f' }, cap: { p: 0.3, c: '#d7191f' } })}
      ${flag(440, 560, 90, 240, 12)}`);
  },

  // Martyrs' memorial: obelisk on steps, pines, wreaths, people bowing.
  'martyrs-memorial.jpg': (r) => {
    const s = sky('#b7c9d6', '#eef2f5');
    let wreaths = '';
    [470, 560, 640, 730].forEach((x) => {
      wreaths += `<rect x="${x - 3}" y="560" width="6" height="70" fill="#6b4a2b"/><circle cx="${x}" cy="540" r="36" fill="#2f6b3a"/><circle cx="${x}" cy="540" r="22" fill="#f4f4f4"/><circle cx="${x}" cy="540" r="10" fill="#e9d57a"/>`;
    });
    return svg(W, H, s.defs, `${s.body}${clouds(r, 2, '#ffffff', 0.6)}
      <rect x="0" y="600" width="${W}" height="200" fill="#b9b1a3"/>
      ${tree(120, 620, 1.4, '#2f5a35', '#4a3520', 'pine')}${tree(260, 610, 1.2, '#3a6a40', '#4a3520', 'pine')}${tree(960, 610, 1.2, '#3a6a40', '#4a3520', 'pine')}${tree(1090, 620, 1.4, '#2f5a35', '#4a3520', 'pine')}
      <rect x="440" y="560" width="320" height="30" fill="#d8d2c6"/><rect x="470" y="530" width="260" height="30" fill="#e2ddd2"/><rect x="500" y="500" width="200" height="30" fill="#ebe7de"/>
      <polygon points="560,500 580,120 620,120 640,500" fill="#f1efe9"/><polygon points="580,120 600,80 620,120" fill="#f1efe9"/>
      ${star(600, 180, 22, -90, '#c8161d')}
      ${wreaths}
      ${crowd(r, 200, 1000, 790, 1.1, ['#1f2a3a', '#2b2b2b', '#3a3a46', '#4a6b3a'], { flower: 0.8, cap: { p: 0.25, c: '#3c5a2e' } })}`);
  },

  // Job fair: a row of canopy booths, visitors with folders.
  'job-fair.jpg': (r) => {
    const s = sky('#9ad0f5', '#e9f6ff');
    const colours = ['#c8161d', '#2f6db5', '#e0a030', '#3f8f5a', '#7a4fb0'];
    let booths = '';
    for (let i = 0; i < 5; i++) {
      const x = 40 + i * 230;
      const c = colours[i];
      booths += `<polygon points="${x},300 ${x + 110},240 ${x + 220},300" fill="${c}"/><rect x="${x}" y="300" width="220" height="30" fill="${c}"/>
        ${[0, 1, 2, 3].map((k) => `<path d="M${x + k * 55} 330 q27 22 55 0" fill="#ffffff" opacity="0.8"/>`).join('')}
        <rect x="${x + 8}" y="330" width="8" height="230" fill="#bbbbbb"/><rect x="${x + 204}" y="330" width="8" height="230" fill="#bbbbbb"/>
        <rect x="${x + 30}" y="470" width="160" height="90" fill="#f5f5f5"/><rect x="${x + 30}" y="470" width="160" height="14" fill="${c}"/>
        <rect x="${x + 60}" y="370" width="100" height="70" fill="#ffffff" opacity="0.85"/>`;
    }
    return svg(W, H, s.defs, `${s.body}${clouds(r, 3)}<rect x="0" y="520" width="${W}" height="280" fill="#d9d4ca"/>${booths}
      ${crowd(r, 80, 1120, 790, 1.25, ['#2f4f7a', '#4a6b3a', '#6a6a6a', '#8a3a3a', '#3e4e5e', '#c2a070'], { cap: { p: 0.15, c: '#4a6b3a' } })}`);
  },

  // A door frame with a red-and-gold honour plaque (光荣牌) beside the door, spring couplets.
  'honour-plaque-door.jpg': (r) => {
    return svg(W, H, linGrad('wall', '#efe6d6', '#e1d3bb'), `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      ${Array.from({ length: 16 }, (_, i) => `<line x1="0" y1="${i * 50}" x2="${W}" y2="${i * 50}" stroke="#d8c8ac" stroke-width="3"/>`).join('')}
      <rect x="360" y="140" width="380" height="660" fill="#5d3a24"/><rect x="380" y="160" width="170" height="640" fill="#8b2a22"/><rect x="550" y="160" width="170" height="640" fill="#8b2a22"/>
      <circle cx="535" cy="480" r="12" fill="#e3b33c"/><circle cx="565" cy="480" r="12" fill="#e3b33c"/>
      <rect x="300" y="180" width="44" height="500" fill="#d7191f"/><rect x="756" y="180" width="44" height="500" fill="#d7191f"/><rect x="380" y="96" width="340" height="40" fill="#d7191f"/>
      <rect x="820" y="250" width="240" height="150" rx="6" fill="#e3b33c"/><rect x="832" y="262" width="216" height="126" rx="4" fill="#c8161d"/>
      ${star(940, 300, 26, -90, '#f4d160')}<rect x="866" y="344" width="148" height="14" fill="#f4d160"/><rect x="886" y="366" width="108" height="8" fill="#f4d160"/>
      <rect x="0" y="760" width="${W}" height="40" fill="#9c8f7c"/>
      ${tree(140, 770, 0.9, '#5e9f56')}`);
  },

  // Honour hall: framed photos and medals on a wall, a display case.
  'honour-hall.jpg': (r) => {
    let frames = '';
    for (let row = 0; row < 2; row++)
      for (let c = 0; c < 6; c++) {
        const x = 90 + c * 175;
        const y = 120 + row * 190;
        const fill = pick(r, ['#c9d9e8', '#e8d9c0', '#d2e4cf', '#e7cfcf']);
        frames += `<rect x="${x}" y="${y}" width="140" height="160" fill="#b08a3c"/><rect x="${x + 10}" y="${y + 10}" width="120" height="110" fill="${fill}"/>
          <circle cx="${x + 70}" cy="${y + 55}" r="22" fill="#6b5a4a" opacity="0.6"/><rect x="${x + 40}" y="${y + 78}" width="60" height="42" fill="#6b5a4a" opacity="0.6"/>
          <rect x="${x + 30}" y="${y + 130}" width="80" height="10" fill="#f3e2b3"/>`;
      }
    let medals = '';
    for (let i = 0; i < 7; i++) {
      const x = 260 + i * 110;
      medals += `<rect x="${x - 12}" y="610" width="24" height="40" fill="${pick(r, ['#c8161d', '#2f6db5', '#e0a030', '#3f8f5a'])}"/><circle cx="${x}" cy="670" r="22" fill="#e3b33c"/>${star(x, 670, 14, -90, '#c8161d')}`;
    }
    return svg(W, H, linGrad('wall', '#7a1d1d', '#5a1313'), `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="0" y="40" width="${W}" height="14" fill="#e3b33c"/>${frames}
      <rect x="180" y="580" width="840" height="140" fill="#2a1a14" opacity="0.6"/><rect x="180" y="580" width="840" height="140" fill="none" stroke="#e3b33c" stroke-width="6"/>${medals}
      <rect x="0" y="740" width="${W}" height="60" fill="#3b2a22"/>`);
  },

  // Spring Festival visit: lanterns, a family at the door receiving gifts.
  'spring-festival-visit.jpg': (r) => {
    const gifts = [380, 470].map((x, i) => `<rect x="${x}" y="620" width="70" height="60" fill="${i ? '#e0a030' : '#c8161d'}"/><rect x="${x + 30}" y="620" width="10" height="60" fill="#f3d27a"/><rect x="${x}" y="640" width="70" height="8" fill="#f3d27a"/>`).join('');
    return svg(W, H, linGrad('wall', '#f6e7cf', '#ead3ae'), `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="620" y="160" width="360" height="560" fill="#5d3a24"/><rect x="640" y="180" width="160" height="540" fill="#9a2c22"/><rect x="800" y="180" width="160" height="540" fill="#9a2c22"/>
      <rect x="580" y="200" width="30" height="420" fill="#d7191f"/><rect x="990" y="200" width="30" height="420" fill="#d7191f"/>
      <rect x="1040" y="240" width="110" height="70" rx="4" fill="#e3b33c"/><rect x="1046" y="246" width="98" height="58" fill="#c8161d"/>${star(1095, 275, 14, -90, '#f4d160')}
      ${lanterns([160, 440, 760], 110)}
      <rect x="0" y="720" width="${W}" height="80" fill="#a4876a"/>
      ${person(300, 730, 1.7, '#2e3d55', '#e8b892', '#222')}${person(560, 730, 1.6, '#c8161d', '#f1c9a5', '#3a2a20')}
      ${person(820, 730, 1.6, '#4a4a4a', '#e0b08a', '#d9d9d9')}${person(930, 730, 1.3, '#7a4fb0', '#f1c9a5', '#222')}
      ${gifts}`);
  },
};

// ---------------------------------------------------------------- portraits
const PW = 600;
const PH = 750;
const portraitStyles = [
  { bg: ['#d94a3d', '#f0a27a'], body: '#3c5a2e', skin: '#f1c9a5', hair: '#2b2b2b', cap: '#3c5a2e', collar: '#c8161d' },
  { bg: ['#2f6db5', '#9cc3ea'], body: '#1f3b5a', skin: '#f3d0b0', hair: '#1d1d1d', long: true, collar: '#ffffff' },
  { bg: ['#3f8f5a', '#a8d5b0'], body: '#253a5e', skin: '#e4b48c', hair: '#2f241c', collar: '#ffffff' },
  { bg: ['#e0a030', '#f6dc9c'], body: '#3e4e5e', skin: '#f1c9a5', hair: '#151515', collar: '#9cc3ea' },
  { bg: ['#7a4fb0', '#c9b2e6'], body: '#2b3d2a', skin: '#e8b892', hair: '#222', cap: '#2b3d2a', collar: '#e0a030' },
  { bg: ['#5a6b7c', '#c4ced8'], body: '#6b4a3a', skin: '#e8bf9a', hair: '#cfcfcf', collar: '#f3efe6' },
  { bg: ['#c2577d', '#f2bccd'], body: '#2f4f7a', skin: '#f4d4b8', hair: '#2a1f1a', long: true, collar: '#ffffff' },
  { bg: ['#1f7a7a', '#9fd6d0'], body: '#3a3a46', skin: '#dca982', hair: '#1b1b1b', collar: '#c8161d' },
];

function portrait(st, r) {
  const cx = PW / 2;
  const hairBack = st.long ? `<path d="M${cx - 120} 330 Q${cx - 140} 520 ${cx - 100} 560 L${cx + 100} 560 Q${cx + 140} 520 ${cx + 120} 330 Z" fill="${st.hair}"/>` : '';
  const top = st.cap
    ? `<path d="M${cx - 118} 250 Q${cx} 130 ${cx + 118} 250 L${cx + 128} 268 L${cx - 128} 268 Z" fill="${st.cap}"/><rect x="${cx - 132}" y="258" width="264" height="20" rx="10" fill="${st.cap}"/>${star(cx, 215, 20, -90, '#f4c542')}`
    : `<path d="M${cx - 112} 290 Q${cx - 120} 170 ${cx} 165 Q${cx + 120} 170 ${cx + 112} 290 Q${cx + 80} 220 ${cx} 222 Q${cx - 70} 222 ${cx - 112} 290 Z" fill="${st.hair}"/>`;
  const dots = Array.from({ length: 10 }, () => `<circle cx="${(r() * PW).toFixed(0)}" cy="${(r() * 300).toFixed(0)}" r="${(20 + r() * 60).toFixed(0)}" fill="#ffffff" opacity="0.08"/>`).join('');
  return svg(PW, PH, linGrad('bg', st.bg[0], st.bg[1]), `<rect width="${PW}" height="${PH}" fill="url(#bg)"/>${dots}
    ${hairBack}
    <path d="M${cx - 250} ${PH} L${cx - 240} 620 Q${cx - 220} 520 ${cx - 100} 500 L${cx + 100} 500 Q${cx + 220} 520 ${cx + 240} 620 L${cx + 250} ${PH} Z" fill="${st.body}"/>
    <path d="M${cx - 70} 500 L${cx} 600 L${cx + 70} 500 Z" fill="${st.collar}"/>
    <path d="M${cx - 100} 500 L${cx - 40} 620 L${cx} 600 L${cx - 70} 500 Z M${cx + 100} 500 L${cx + 40} 620 L${cx} 600 L${cx + 70} 500 Z" fill="${st.body}" opacity="0.8"/>
    <rect x="${cx - 40}" y="420" width="80" height="90" fill="${st.skin}"/>
    <ellipse cx="${cx}" cy="320" rx="112" ry="132" fill="${st.skin}"/>
    <ellipse cx="${cx - 112}" cy="330" rx="16" ry="28" fill="${st.skin}"/><ellipse cx="${cx + 112}" cy="330" rx="16" ry="28" fill="${st.skin}"/>
    ${top}`);
}

// ---------------------------------------------------------------- leaders' portraits
// Official-style portraits for the 机构概况 page: plain blue backdrop, dark suit, white shirt, tie.
const leaderStyles = [
  { skin: '#efc7a2', hair: '#1d1d1d', suit: '#1f2a3a', tie: '#a3161c' },
  { skin: '#f4d2b6', hair: '#2a1f1a', suit: '#2b2f3a', tie: null, long: true },
  { skin: '#e2b48e', hair: '#222222', suit: '#283548', tie: '#1f3f7a' },
  { skin: '#ecc29c', hair: '#151515', suit: '#1c2430', tie: '#7a1f2b' },
  { skin: '#e6bb95', hair: '#bdbdbd', suit: '#30343c', tie: '#2f5a3a' },
];

function leaderPortrait(st) {
  const cx = PW / 2;
  const tie = st.tie
    ? `<path d="M${cx - 16} 520 L${cx + 16} 520 L${cx + 24} 650 L${cx} 690 L${cx - 24} 650 Z" fill="${st.tie}"/>`
    : '';
  const hairBack = st.long ? `<path d="M${cx - 120} 320 Q${cx - 136} 470 ${cx - 96} 500 L${cx + 96} 500 Q${cx + 136} 470 ${cx + 120} 320 Z" fill="${st.hair}"/>` : '';
  return svg(PW, PH, linGrad('bg', '#3d7fc4', '#6fa6db'), `<rect width="${PW}" height="${PH}" fill="url(#bg)"/>
    ${hairBack}
    <path d="M${cx - 260} ${PH} L${cx - 250} 620 Q${cx - 230} 520 ${cx - 100} 495 L${cx + 100} 495 Q${cx + 230} 520 ${cx + 250} 620 L${cx + 260} ${PH} Z" fill="${st.suit}"/>
    <path d="M${cx - 62} 495 L${cx} ${PH} L${cx + 62} 495 Z" fill="#ffffff"/>
    ${tie}
    <path d="M${cx - 100} 495 L${cx - 20} ${PH} L${cx - 70} ${PH} L${cx - 120} 560 Z M${cx + 100} 495 L${cx + 20} ${PH} L${cx + 70} ${PH} L${cx + 120} 560 Z" fill="${st.suit}" opacity="0.85"/>
    <rect x="${cx - 40}" y="420" width="80" height="85" fill="${st.skin}"/>
    <ellipse cx="${cx}" cy="320" rx="110" ry="130" fill="${st.skin}"/>
    <ellipse cx="${cx - 110}" cy="330" rx="15" ry="27" fill="${st.skin}"/><ellipse cx="${cx + 110}" cy="330" rx="15" ry="27" fill="${st.skin}"/>
    <path d="M${cx - 110} 290 Q${cx - 118} 172 ${cx} 168 Q${cx + 118} 172 ${cx + 110} 290 Q${cx + 84} 214 ${cx - 10} 218 Q${cx - 74} 222 ${cx - 110} 290 Z" fill="${st.hair}"/>`);
}

// ---------------------------------------------------------------- main
async function write(name, svgText) {
  const file = join(OUT, name);
  await sharp(Buffer.from(svgText)).jpeg({ quality: QUALITY, progressive: true, mozjpeg: true }).toFile(file);
  const kb = statSync(file).size / 1024;
  console.log(`${name.padEnd(34)} ${kb.toFixed(1)} KB${kb > 80 ? '  (over 80 KB!)' : ''}`);
}

let seed = 20250801;
for (const [name, draw] of Object.entries(scenes)) await write(name, draw(rng(seed++)));
for (let i = 0; i < portraitStyles.length; i++) await write(`portrait-0${i + 1}.jpg`, portrait(portraitStyles[i], rng(seed++)));
for (let i = 0; i < leaderStyles.length; i++) await write(`leader-0${i + 1}.jpg`, leaderPortrait(leaderStyles[i]));
