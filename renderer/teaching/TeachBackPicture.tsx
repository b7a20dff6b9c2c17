import { useId } from 'react';

/**
 * Simple line pictures for the teach-back answers, drawn inline (no files to load).
 * They support the words beside them and are hidden from screen readers, which read
 * the words.
 */
export type PictureName =
  | 'c-hold'
  | 'on-nipple'
  | 'push-back'
  | 'squeeze-nipple'
  | 'stop-ask'
  | 'press-harder'
  | 'fridge-days'
  | 'fridge-weeks'
  | 'move-hand'
  | 'same-spot';

function FrontBreast() {
  return (
    <>
      <circle cx="100" cy="75" r="62" className="pic-skin" />
      <circle cx="100" cy="75" r="18" className="pic-areola" />
      <circle cx="100" cy="75" r="6" className="pic-nipple" />
    </>
  );
}

function SideBreast() {
  return (
    <>
      <path d="M40 10 V140" className="pic-line" />
      <path d="M40 22 C 95 22, 140 50, 140 75 C 140 100, 95 128, 40 128 Z" className="pic-skin" />
      <circle cx="143" cy="75" r="6" className="pic-nipple" />
    </>
  );
}

function Arrow({ d, head }: { d: string; head: string }) {
  return <path d={d} className="pic-arrow" markerEnd={`url(#${head})`} />;
}

function Fridge({ weeks }: { weeks: boolean }) {
  const cells = weeks ? 28 : 4;
  return (
    <>
      <rect x="20" y="12" width="70" height="126" rx="8" className="pic-surface" />
      <path d="M20 56 H90 M78 26 V44 M78 68 V96" className="pic-line" />
      <rect x="108" y="30" width="76" height="88" rx="6" className="pic-surface" />
      <path d="M108 48 H184" className="pic-line" />
      {Array.from({ length: cells }, (_, i) => {
        const columns = weeks ? 7 : 2;
        const size = weeks ? 7.5 : 24;
        const gap = weeks ? 2.5 : 8;
        const x = 114 + (i % columns) * (size + gap);
        const y = 56 + Math.floor(i / columns) * (size + gap);
        return <rect key={i} x={x} y={y} width={size} height={size} className="pic-mark" />;
      })}
    </>
  );
}

export function TeachBackPicture({ name }: { name: PictureName }) {
  // Two pictures share a screen: each needs its own arrowhead id.
  const head = `pic-head-${useId().replace(/:/g, '')}`;
  let body;
  switch (name) {
    case 'c-hold':
      body = (
        <>
          <FrontBreast />
          <path d="M100 31 A44 44 0 0 0 100 119" className="pic-hand" />
          <circle cx="100" cy="31" r="9" className="pic-tip" />
          <circle cx="100" cy="119" r="9" className="pic-tip" />
        </>
      );
      break;
    case 'on-nipple':
      body = (
        <>
          <FrontBreast />
          <path d="M100 63 A14 14 0 0 0 100 87" className="pic-hand" />
          <circle cx="100" cy="64" r="8" className="pic-tip" />
          <circle cx="100" cy="86" r="8" className="pic-tip" />
        </>
      );
      break;
    case 'push-back':
      body = (
        <>
          <SideBreast />
          <circle cx="95" cy="32" r="9" className="pic-tip" />
          <circle cx="95" cy="118" r="9" className="pic-tip" />
          <Arrow head={head} d="M118 32 H62" />
          <Arrow head={head} d="M118 118 H62" />
        </>
      );
      break;
    case 'squeeze-nipple':
      body = (
        <>
          <SideBreast />
          <circle cx="143" cy="58" r="8" className="pic-tip" />
          <circle cx="143" cy="92" r="8" className="pic-tip" />
          <Arrow head={head} d="M170 30 L150 55" />
          <Arrow head={head} d="M170 120 L150 95" />
        </>
      );
      break;
    case 'press-harder':
      body = (
        <>
          <SideBreast />
          <Arrow head={head} d="M80 0 V34" />
          <Arrow head={head} d="M110 0 V42" />
          <Arrow head={head} d="M80 150 V116" />
          <Arrow head={head} d="M110 150 V108" />
        </>
      );
      break;
    case 'stop-ask':
      body = (
        <>
          <circle cx="62" cy="40" r="20" className="pic-surface" />
          <path d="M28 140 C 28 90, 96 90, 96 140 Z" className="pic-surface" />
          <path d="M62 100 V124 M50 112 H74" className="pic-cross" />
          <path d="M112 22 H186 V78 H140 L124 94 V78 H112 Z" className="pic-surface" />
          <text x="149" y="68" className="pic-glyph">
            ?
          </text>
        </>
      );
      break;
    case 'fridge-days':
      body = <Fridge weeks={false} />;
      break;
    case 'fridge-weeks':
      body = <Fridge weeks />;
      break;
    case 'move-hand':
      body = (
        <>
          <FrontBreast />
          {[0, 90, 180, 270].map((angle) => {
            const r = ((angle - 90) * Math.PI) / 180;
            return (
              <circle
                key={angle}
                cx={100 + 44 * Math.cos(r)}
                cy={75 + 44 * Math.sin(r)}
                r="8"
                className="pic-tip"
              />
            );
          })}
          <path d="M100 5 A70 70 0 0 1 170 75" className="pic-arrow" markerEnd={`url(#${head})`} />
          <path d="M100 145 A70 70 0 0 1 30 75" className="pic-arrow" markerEnd={`url(#${head})`} />
        </>
      );
      break;
    case 'same-spot':
      body = (
        <>
          <FrontBreast />
          <circle cx="100" cy="31" r="9" className="pic-tip" />
          <circle cx="100" cy="119" r="9" className="pic-tip" />
          <Arrow head={head} d="M100 0 V20" />
          <Arrow head={head} d="M100 150 V130" />
          <Arrow head={head} d="M75 0 V22" />
          <Arrow head={head} d="M125 0 V22" />
        </>
      );
      break;
  }
  return (
    <svg
      className="teach-picture"
      viewBox="0 0 200 150"
      direction="ltr"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <marker
          id={head}
          viewBox="0 0 10 10"
          refX="7"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 Z" className="pic-head" />
        </marker>
      </defs>
      {body}
    </svg>
  );
}
