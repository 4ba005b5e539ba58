import QRCode from 'qrcode';
import { type JSX, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useI18n.ts';

/** A QR code of `text` drawn on a canvas, for people in the room to scan the invitation link. */
export function QrCode({ text, size = 176, label }: { text: string; size?: number; label: string }): JSX.Element {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    QRCode.toCanvas(canvas, text, { width: size, margin: 1, errorCorrectionLevel: 'M' }).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  }, [text, size]);
  return (
    <div className="rt-qr">
      <canvas ref={canvasRef} role="img" aria-label={label} width={size} height={size} data-qr={text} />
      {failed && <p className="rt-form-error">{t('invitations.qr.failed')}</p>}
    </div>
  );
}
