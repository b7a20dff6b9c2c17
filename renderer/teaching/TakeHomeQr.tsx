import { create } from 'qrcode';
import { useMemo } from 'react';

/** Quiet zone around the code, in modules, as scanners expect. */
const MARGIN = 4;

/**
 * The take-home link as a QR code, drawn as one SVG path (no canvas, no data URL).
 * The kiosk never opens the link itself: the parent's phone does.
 */
export function TakeHomeQr({ url, label }: { url: string; label: string }) {
  const path = useMemo(() => {
    try {
      const { modules } = create(url, { errorCorrectionLevel: 'M' });
      let d = '';
      for (let row = 0; row < modules.size; row++) {
        for (let col = 0; col < modules.size; col++) {
          if (modules.get(row, col)) d += `M${col + MARGIN} ${row + MARGIN}h1v1h-1z`;
        }
      }
      return { d, size: modules.size + 2 * MARGIN };
    } catch {
      return null; // Too long to encode: the link stays readable as text.
    }
  }, [url]);
  if (!path) return null;
  return (
    <svg
      className="take-home-qr"
      viewBox={`0 0 ${path.size} ${path.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
