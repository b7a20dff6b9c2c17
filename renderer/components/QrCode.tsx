import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of a `tel:` link, drawn here as SVG so the kiosk makes no request. */
export function QrCode({ phone, alt }: { phone: string; alt: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    // Only what a dialler understands: digits and a leading plus.
    const tel = `tel:${phone.replace(/[^0-9+]/g, '')}`;
    QRCode.toString(tel, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        if (active) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (active) setSource(null);
      });
    return () => {
      active = false;
    };
  }, [phone]);
  return source ? <img className="qr-code" src={source} alt={alt} /> : <div className="qr-code" aria-busy="true" />;
}
