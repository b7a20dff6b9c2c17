import { HAND_GEOMETRY, type HandPosition } from './hand-positions';

interface HandDiagramProps {
  position: HandPosition;
  /** Accessible description; a thumbnail beside a labelled button passes none. */
  label?: string;
  thumbLabel?: string;
  fingersLabel?: string;
}

const CENTER = 150;
const HAND_RADIUS = 78;

function point(clockDegrees: number, radius: number): [number, number] {
  const radians = ((clockDegrees - 90) * Math.PI) / 180;
  return [CENTER + radius * Math.cos(radians), CENTER + radius * Math.sin(radians)];
}

/** A half circle from the thumb to the fingers, passing round the side the palm is on. */
function handArc(position: HandPosition): string {
  const { thumb, fingers, wrap } = HAND_GEOMETRY[position];
  const [x1, y1] = point(thumb, HAND_RADIUS);
  const [x2, y2] = point(fingers, HAND_RADIUS);
  // Sweep so that the arc passes through `wrap`: clockwise from the thumb when wrap
  // lies clockwise of it by 90 degrees.
  const clockwise = (wrap - thumb + 360) % 360 === 90;
  return `M ${x1} ${y1} A ${HAND_RADIUS} ${HAND_RADIUS} 0 0 ${clockwise ? 1 : 0} ${x2} ${y2}`;
}

/**
 * The breast as a clock face with the hand's letter shape around the nipple. Drawn
 * left-to-right in every language: the hand does not change with the script.
 */
export function HandDiagram({ position, label, thumbLabel, fingersLabel }: HandDiagramProps) {
  const { thumb, fingers, wrap } = HAND_GEOMETRY[position];
  const [tx, ty] = point(thumb, HAND_RADIUS);
  const [fx, fy] = point(fingers, HAND_RADIUS);
  const [lx, ly] = point(wrap, 124);
  // Labels sit outside the fingertip at 12 and 6 o'clock, and just above it at 3 and 9.
  const labelAt = (angle: number): [number, number] => {
    if (angle % 180 === 0) return point(angle, 122);
    const [x, y] = point(angle, HAND_RADIUS);
    return [x, y - 28];
  };
  const [tlx, tly] = labelAt(thumb);
  const [flx, fly] = labelAt(fingers);
  const letter = position === 'c' || position === 'backwardC' ? 'C' : 'U';
  const letterTransform =
    position === 'backwardC'
      ? `translate(${2 * lx} 0) scale(-1 1)`
      : position === 'upsideDownU'
        ? `rotate(180 ${lx} ${ly})`
        : undefined;
  return (
    <svg
      className="hand-diagram"
      viewBox="0 0 300 300"
      direction="ltr"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
      data-position={position}
    >
      <circle cx={CENTER} cy={CENTER} r={140} className="breast" />
      {Array.from({ length: 12 }, (_, hour) => {
        // No tick under the thumb and finger labels.
        if (thumbLabel && (hour * 30 === thumb || hour * 30 === fingers)) return null;
        const [x1, y1] = point(hour * 30, 132);
        const [x2, y2] = point(hour * 30, hour % 3 === 0 ? 116 : 124);
        return <line key={hour} x1={x1} y1={y1} x2={x2} y2={y2} className="clock-tick" />;
      })}
      <circle cx={CENTER} cy={CENTER} r={40} className="areola" />
      <circle cx={CENTER} cy={CENTER} r={12} className="nipple" />
      <path d={handArc(position)} className="hand" />
      <circle cx={tx} cy={ty} r={17} className="thumb" />
      <circle cx={fx} cy={fy} r={17} className="fingers" />
      <text x={lx} y={ly + 12} className="hand-letter" transform={letterTransform}>
        {letter}
      </text>
      {thumbLabel ? (
        <text x={tlx} y={tly + 8} className="hand-label">
          {thumbLabel}
        </text>
      ) : null}
      {fingersLabel ? (
        <text x={flx} y={fly + 8} className="hand-label">
          {fingersLabel}
        </text>
      ) : null}
    </svg>
  );
}
